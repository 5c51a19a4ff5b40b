// French typography for catalogue and rule-pack texts: no-break spaces where French sets them, one apostrophe.

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** One stretch of prose, outside code spans. */
function prose(s: string): string {
  return s
    .replace(/'/g, '’')
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
    .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
    .replace(/[ \u00a0]%/g, `${NNBSP}%`);
}

/**
 * A French text set as a French reader expects it: a no-break space before `:` and inside « », a narrow one before
 * `; ! ?` and `%`, and the typographic apostrophe. Code spans (`…`) are left as they are; so is a sign glued to the
 * word before it, which only its author can tell from code.
 */
export const frenchTypography = (text: string): string =>
  text
    .split(/(`[^`\n]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : prose(part)))
    .join('');
