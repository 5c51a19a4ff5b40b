// Draw a boxed table of pre-wrapped, possibly coloured cells; linear in the text (cli-table3 re-measures every cell
// with an emoji-aware width per character, which takes seconds on a 10,000-company report).

const ANSI = /\x1b\[[0-9;]*m/g;

/** Visible width of a line: characters (code points), ANSI colour codes left out. */
export const visibleWidth = (line: string): number => {
  const plain = line.includes('\x1b') ? line.replace(ANSI, '') : line;
  let n = plain.length;
  for (let i = 0; i < plain.length - 1; i++) {
    const c = plain.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = plain.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
};

/**
 * A table with a heading row and a rule between rows. `widths` are the inner widths of the columns; a cell's lines
 * must already fit them (wider lines widen nothing: they are drawn as they are).
 */
export function drawTable(
  head: string[],
  rows: string[][],
  widths: number[],
  options: { align?: ('left' | 'right')[]; paintBorder?: (s: string) => string } = {},
): string {
  const paintBorder = options.paintBorder ?? ((s: string) => s);
  const rule = (left: string, mid: string, right: string) =>
    paintBorder(left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right);
  const bar = paintBorder('│');
  // Loops, not spread arguments: a cell of a million lines must not overflow the stack.
  const drawRow = (cells: string[], out: string[]): void => {
    const lines = cells.map((c) => c.split('\n'));
    let height = 0;
    for (const l of lines) height = Math.max(height, l.length);
    for (let i = 0; i < height; i++) {
      let line = bar;
      widths.forEach((w, col) => {
        const text = lines[col]?.[i] ?? '';
        const pad = ' '.repeat(Math.max(0, w - visibleWidth(text)));
        line += options.align?.[col] === 'right' ? ` ${pad}${text} ${bar}` : ` ${text}${pad} ${bar}`;
      });
      out.push(line);
    }
  };
  const out = [rule('┌', '┬', '┐')];
  drawRow(head, out);
  for (const r of rows) {
    out.push(rule('├', '┼', '┤'));
    drawRow(r, out);
  }
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

/** Inner column widths that fit every line of the heading and of every row. */
export function fitWidths(head: string[], rows: string[][]): number[] {
  return head.map((h, col) => {
    let width = 0;
    for (const cell of [h, ...rows.map((r) => r[col] ?? '')])
      for (const line of cell.split('\n')) width = Math.max(width, visibleWidth(line));
    return width;
  });
}
