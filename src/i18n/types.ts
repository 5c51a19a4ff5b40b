// Types of user-facing texts: a language, a text in both languages, and a message id with its values.

import type { MessageId } from './en.js';

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

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
  /** A percentage (0–100); with `bound`, the figure it is compared with, shown with enough digits to differ from it. */
  | { percent: number; bound?: number }
  /**
   * A chain of holdings from a holder down to the entity it holds (ownership, 19.6.b): `A (US) → 60% B → 50% C`;
   * a `control` step reads `⇒ B` (the holder controls B and is attributed its whole stake, L.233-3); an `omitted`
   * step stands for that many links of a long path, left out (`→ … 9,992 more links … → D`).
   */
  | { path: { entity: string; percent?: number; control?: boolean; omitted?: number }[] }
  /** A place in the description, as a JSON pointer; the engine adds its line: `/entities/acme, line 12`. */
  | { at: string; line?: number };

/** A message by id (a key of the catalogues in src/i18n) with the values its template names. */
export interface Message {
  id: MessageId;
  values?: Record<string, MessageValue>;
}
