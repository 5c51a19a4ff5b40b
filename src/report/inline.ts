// Inline code in catalogue and rule texts: `…` spans, which the Markdown and HTML reports show as code.

/** A text cut into prose and code spans, in order; a lone backtick stays prose. */
export function inlineParts(text: string): { code: boolean; text: string }[] {
  return text
    .split(/(`[^`\n]+`)/)
    .filter((part) => part !== '')
    .map((part) => (/^`[^`\n]+`$/.test(part) ? { code: true, text: part.slice(1, -1) } : { code: false, text: part }));
}
