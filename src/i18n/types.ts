// Types of user-facing texts: a language, a text in both languages, and a message id with its values.

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

/** A text given in every supported language (rule titles, rationales, remediations). */
export type LocalizedText = Record<Lang, string>;

/**
 * A value to put into a message template. Countries are given as codes and rendered with their name in
 * the report's language; lists are joined the way the language joins them.
 */
export type MessageValue =
  | string
  | number
  | { country: string }
  | { countries: string[] }
  | { list: string[] }
  /** Catalogue terms, each rendered from the key `term.<name>` (field names, roles, data kinds), then joined. */
  | { terms: string[] }
  | { percent: number };

/** A message by id (a key of the catalogues in src/i18n) with the values its template names. */
export interface Message {
  id: string;
  values?: Record<string, MessageValue>;
}
