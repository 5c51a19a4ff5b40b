// Escaping of report text for XML and HTML (JUnit, html) and Markdown, on top of the neutral text every format shows.

import { neutral } from '../core/neutral.js';

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Neutral text for XML or HTML element content or attribute values. neutral() leaves none of the characters XML 1.0
 * forbids (C0 controls, U+FFFE, U+FFFF, lone surrogates) nor any line break, which attributes would lose.
 */
export const escapeXml = (s: string): string => neutral(s).replace(/[&<>"']/g, (c) => TEXT_ENTITIES[c]!);

/**
 * GFM turns `https://…`, `www.…` and e-mail addresses into links: each is defanged (`https[:]//`, `www[.]`,
 * `name[@]example.org`) so that no user text becomes a link. Runs on Markdown-escaped text.
 */
const defangLinks = (s: string): string =>
  s
    .replace(/:(?=\/\/)/g, '\\[:\\]')
    .replace(/(www)\./gi, '$1\\[.\\]')
    .replace(/(?<=[\w.+-])@(?=[\w-])/g, '\\[@\\]');

/** Inline Markdown text: neutral, with the punctuation Markdown or GFM tables would interpret backslash-escaped, no autolink. */
export const escapeMarkdown = (s: string): string =>
  defangLinks(neutral(s).replace(/[\\`*_[\]<>|~&#!]/g, (c) => `\\${c}`));

/** A Markdown code span (which GFM never autolinks) when the text allows one (no backtick, pipe or escape), else escaped text. */
export const codeMarkdown = (s: string): string =>
  s !== '' && !/[`|]/.test(s) && neutral(s) === s ? `\`${s}\`` : escapeMarkdown(s);
