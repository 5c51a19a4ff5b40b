// Draw a boxed table of pre-wrapped, possibly coloured cells; linear in the text (cli-table3 re-measures every cell
// with an emoji-aware width per character, which takes seconds on a 10,000-company report).

const ANSI = /\x1b\[[0-9;]*m/g;

/** Visible width of a line: characters, ANSI colour codes left out. */
export const visibleWidth = (line: string): number => {
  const plain = line.includes('\x1b') ? line.replace(ANSI, '') : line;
  let n = 0;
  for (const _ of plain) n++;
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
  const rule = (left: string, mid: string, right: string) => paintBorder(left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right);
  const bar = paintBorder('│');
  const drawRow = (cells: string[]): string[] => {
    const lines = cells.map((c) => c.split('\n'));
    const height = Math.max(...lines.map((l) => l.length));
    const out: string[] = [];
    for (let i = 0; i < height; i++) {
      let line = bar;
      widths.forEach((w, col) => {
        const text = lines[col]?.[i] ?? '';
        const pad = ' '.repeat(Math.max(0, w - visibleWidth(text)));
        line += options.align?.[col] === 'right' ? ` ${pad}${text} ${bar}` : ` ${text}${pad} ${bar}`;
      });
      out.push(line);
    }
    return out;
  };
  const out = [rule('┌', '┬', '┐'), ...drawRow(head)];
  for (const r of rows) out.push(rule('├', '┼', '┤'), ...drawRow(r));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

/** Inner column widths that fit every line of the heading and of every row. */
export function fitWidths(head: string[], rows: string[][]): number[] {
  return head.map((h, col) => Math.max(...[h, ...rows.map((r) => r[col] ?? '')].flatMap((cell) => cell.split('\n').map(visibleWidth))));
}
