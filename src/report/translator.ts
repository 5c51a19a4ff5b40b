// The catalogue texts a formatter needs, in the report's language, with keys checked at compile time.

import { translate } from '../i18n/format.js';
import type { MessageId } from '../i18n/en.js';
import type { Lang, MessageValue } from '../i18n/types.js';

export type Translate = (id: MessageId, values?: Record<string, MessageValue>) => string;

/** A translate function bound to one language. */
export const translator =
  (lang: Lang): Translate =>
  (id, values) =>
    translate(lang, id, values);
