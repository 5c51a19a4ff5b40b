// Build a report warning from a message id and its values, in the report's language, at a place in a file.

import type { MessageId } from '../i18n/en.js';
import { translate } from '../i18n/format.js';
import type { Lang, MessageValue } from '../i18n/types.js';
import type { ReportWarning } from './report-types.js';

/** A warning in a language, optionally at `file:line:column`. */
export function warning(
  lang: Lang,
  id: MessageId,
  values: Record<string, MessageValue>,
  at?: { file: string; line?: number; column?: number },
): ReportWarning {
  return { id, message: translate(lang, id, values), ...(at ?? {}) };
}

/** Days before an expiry within which a waiver or an attestation is reported as expiring soon. */
export const EXPIRY_NOTICE_DAYS = 30;
