// Word wrapping for the text report's table cells: at spaces, splitting words too long for the cell, indent kept.

/** Whether a surrogate pair starts at i (a lone surrogate counts as one character, as `[...s]` counts it). */
const pairAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
};

/** Characters (code points) in a string, counted without building an array of them. */
function length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) if (pairAt(s, i)) i++;
  return n;
}

/** A word cut into pieces of `room` characters (never inside a surrogate pair), in one pass over it. */
function pieces(word: string, room: number, out: string[]): void {
  let start = 0;
  let count = 0;
  for (let i = 0; i < word.length; i++) {
    if (pairAt(word, i)) i++;
    if (++count === room) {
      out.push(word.slice(start, i + 1));
      start = i + 1;
      count = 0;
    }
  }
  if (start < word.length) out.push(word.slice(start));
}

/**
 * The lines of one paragraph wrapped to `width` columns; continuation lines keep the paragraph's leading indent.
 * Linear in the text, whatever the length of its words (a 10 MB word is cut into lines, not spread into an array).
 */
export function wrapText(text: string, width: number): string[] {
  // A blank paragraph is one empty line, whatever its indent.
  if (/^[ \t]*$/.test(text)) return [''];
  // An indent as wide as the line keeps one column for the text, so no line is wider than `width`.
  const leading = /^[ \t]*/.exec(text)![0];
  const indent = leading.slice(0, Math.max(0, Math.min(leading.length, width - 1)));
  const room = Math.max(1, width - indent.length);
  const words: string[] = [];
  // Only ordinary spaces break a line: the no-break spaces of French typography ("100\u202f%") hold.
  for (const word of text.replace(/^[ \t]+|[ \t]+$/g, '').split(/[ \t\r\n]+/)) {
    if (word === '') continue;
    if (word.length <= room) words.push(word);
    else pieces(word, room, words);
  }
  const lines: string[] = [];
  let line = '';
  let lineLength = 0;
  for (const word of words) {
    const wordLength = length(word);
    if (line === '') {
      line = word;
      lineLength = wordLength;
    } else if (lineLength + 1 + wordLength <= room) {
      line += ` ${word}`;
      lineLength += 1 + wordLength;
    } else {
      lines.push(indent + line);
      line = word;
      lineLength = wordLength;
    }
  }
  lines.push(indent + line);
  return lines;
}
