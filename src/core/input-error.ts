// The one error type that means "the tool could not judge": exit 2 with a message naming file, line and column.

import { neutral } from './neutral.js';

/** Where the problem is: a file and, when known, a 1-based line and column. */
export interface ErrorPosition {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * A problem with what the user gave (a description, a rule pack, a flag): reported in one clear line,
 * never with a stack trace, and always exit 2.
 */
/** A message in each language snc speaks; `message` is its English. */
export type Localized = (lang: 'en' | 'fr') => string;

/**
 * A catalogue message by id with its values, for the layers below the catalogues (load/, core/): it is worded in
 * each language by the translator src/i18n registers when it loads.
 */
export interface MessageRef {
  id: string;
  values?: Record<string, unknown>;
}

type Translator = (lang: 'en' | 'fr', id: string, values: Record<string, unknown>) => string;
let translator: Translator | undefined;

/** Called once by src/i18n: how a message id is worded. */
export function setMessageTranslator(t: Translator): void {
  translator = t;
}

/** A message by id in a language; before the catalogues are loaded, its id and values. */
export const wordRef = (lang: 'en' | 'fr', m: MessageRef): string =>
  translator ? translator(lang, m.id, m.values ?? {}) : `${m.id} ${JSON.stringify(m.values ?? {})}`;

/** A message by id, as the form an InputError takes. */
export const ref = (id: string, values?: Record<string, unknown>): MessageRef => ({
  id,
  ...(values ? { values } : {}),
});

export class InputError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** The message in another language, when it has been written in the catalogues. */
  readonly localized?: Localized;

  constructor(message: string | Localized | MessageRef, position: ErrorPosition = {}) {
    const localized: Localized | undefined =
      typeof message === 'object'
        ? (lang) => wordRef(lang, message)
        : typeof message === 'function'
          ? message
          : undefined;
    super(typeof message === 'string' ? message : typeof message === 'object' ? message.id : message('en'));
    if (localized) {
      this.localized = localized;
      // Worded when read, so that an error raised before the catalogues loaded still reads in English.
      if (typeof message === 'object')
        Object.defineProperty(this, 'message', { get: () => localized('en'), configurable: true });
    }
    this.name = 'InputError';
    this.file = position.file;
    this.line = position.line;
    this.column = position.column;
  }

  /**
   * `file:line:column: message`, with what is known of the position: one line of neutral text, since the file name
   * and the values a message quotes come from the user.
   */
  override toString(lang: 'en' | 'fr' = 'en'): string {
    let where = this.file ?? '';
    if (this.file !== undefined && this.line !== undefined) {
      where += `:${this.line}`;
      if (this.column !== undefined) where += `:${this.column}`;
    }
    const message = this.localized?.(lang) ?? this.message;
    return neutral(where ? `${where}: ${message}` : message);
  }
}

/** Several input errors found together (every schema error of a file), reported one per line. */
export class InputErrors extends InputError {
  readonly errors: InputError[];

  constructor(errors: InputError[]) {
    super(errors.map((e) => e.message).join('; '), errors[0] ?? {});
    this.name = 'InputErrors';
    this.errors = errors;
  }

  override toString(lang: 'en' | 'fr' = 'en'): string {
    return this.errors.map((e) => e.toString(lang)).join('\n');
  }
}
