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
export function drawTable(head: string[], rows: string[][], widths: number[], paintBorder: (s: string) => string = (s) => s): string {
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
        line += ` ${text}${' '.repeat(Math.max(0, w - visibleWidth(text)))} ${bar}`;
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
