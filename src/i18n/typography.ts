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

/** A word French elides before: `de` → `d’`, `le`/`la` → `l’`, `que` → `qu’`, at the end of a text. */
const ELIDED = /(^|[\s(«’'])([dD]e|[lL][ea]|[qQ]ue) $/u;
/** A word that starts with a vowel. A mute h cannot be told from an aspirated one by its letters, so h never elides. */
const VOWEL = /^[aeiouàâäéèêëîïôöùûüæœ]/iu;

/**
 * French text followed by a word that may start with a vowel (a name the user gave): `de` + `Edge` reads `d’Edge`,
 * `le` + `Ouest` `l’Ouest`, `que` + `Orange` `qu’Orange`; anything else is the two joined as they are.
 */
export function elide(before: string, word: string): string {
  if (!VOWEL.test(word)) return before + word;
  const m = ELIDED.exec(before);
  if (!m) return before + word;
  return `${before.slice(0, m.index + m[1]!.length)}${m[2]!.slice(0, -1)}’${word}`;
}
