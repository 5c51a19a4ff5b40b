// Word wrapping for the text report's table cells: at spaces, splitting words too long for the cell, indent kept.

/** The lines of one paragraph wrapped to `width` columns; continuation lines keep the paragraph's leading indent. */
export function wrapText(text: string, width: number): string[] {
  const indent = /^[ \t]*/.exec(text)![0];
  const room = Math.max(1, width - [...indent].length);
  const words: string[] = [];
  // Only ordinary spaces break a line: the no-break spaces of French typography ("100\u202f%") hold.
  for (const word of text.replace(/^[ \t]+|[ \t]+$/g, '').split(/[ \t\r\n]+/)) {
    if (word === '') continue;
    const chars = [...word];
    for (let i = 0; i < chars.length; i += room) words.push(chars.slice(i, i + room).join(''));
  }
  const lines: string[] = [];
  let line = '';
  let lineLength = 0;
  for (const word of words) {
    const wordLength = [...word].length;
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
