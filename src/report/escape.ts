// Escaping of report text that may carry user data: XML and HTML (JUnit, html) and Markdown.

/**
 * Characters that XML 1.0 forbids even as character references (C0 controls other than tab, LF and CR,
 * U+FFFE, U+FFFF, lone surrogates), plus C1 controls, which HTML treats as parse errors.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replace every character no XML or HTML document may hold with U+FFFD, the replacement character. */
export const withoutForbiddenChars = (s: string): string => s.replace(FORBIDDEN, '\uFFFD');

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for XML or HTML element content. */
export const escapeXml = (s: string): string => withoutForbiddenChars(s).replace(/[&<>"']/g, (c) => TEXT_ENTITIES[c]!);

/** Text for an XML attribute value: also keeps tabs and line breaks, which attribute normalisation would turn into spaces. */
export const escapeXmlAttribute = (s: string): string =>
  escapeXml(s).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Inline Markdown text: punctuation that Markdown or GFM tables would interpret is backslash-escaped; lines are joined. */
export const escapeMarkdown = (s: string): string =>
  withoutForbiddenChars(s)
    .replace(/[\\`*_[\]<>|~&#!]/g, (c) => `\\${c}`)
    .replace(/\s*[\r\n]+\s*/g, ' ');

/** A Markdown code span when the text allows one (no backtick, pipe or line break), else escaped text. */
export const codeMarkdown = (s: string): string =>
  s !== '' && !/[`|\r\n]/.test(s) && withoutForbiddenChars(s) === s ? `\`${s}\`` : escapeMarkdown(s);

/** Text safe to print on a terminal: control characters (ESC above all) other than line feed and tab become U+FFFD. */
export const terminalSafe = (s: string): string => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '\uFFFD');
