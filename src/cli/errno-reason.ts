// Why a file could not be written, in words, from the error's errno code.

import { translate } from '../i18n/format.js';
import type { MessageId } from '../i18n/en.js';
import type { Lang } from '../i18n/types.js';

/** The codes the catalogues word (`errno.<CODE>`). */
const REASONS = new Set([
  'ENOSPC',
  'EFBIG',
  'EDQUOT',
  'EACCES',
  'EPERM',
  'EROFS',
  'EIO',
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'ENXIO',
  'EPIPE',
  'ELOOP',
  'ENAMETOOLONG',
]);

/** `reason (CODE)` for an errno error, in a language, else its message. */
export function errnoReason(err: unknown, lang: Lang = 'en'): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code && REASONS.has(code)) return `${translate(lang, `errno.${code}` as MessageId)} (${code})`;
  return code ?? (err instanceof Error ? err.message : String(err));
}
