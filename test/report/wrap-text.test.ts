// Word wrapping of table cells: at spaces, long words split, the leading indent kept on every line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawTable, fitWidths } from '../../src/report/draw-table.js';
import { wrapText } from '../../src/report/wrap-text.js';

describe('wrapText', () => {
  it('breaks at spaces and keeps the indent of an indented line', () => {
    expect(wrapText('  Capgemini SE: no shareholders listed, so who holds it is unknown', 20)).toEqual([
      '  Capgemini SE: no',
      '  shareholders',
      '  listed, so who',
      '  holds it is',
      '  unknown',
    ]);
  });

  it('splits a word longer than the line, such as a path', () => {
    expect(wrapText('fixtures/a-very-long-name.yaml:12:3', 10)).toEqual([
      'fixtures/a',
      '-very-long',
      '-name.yaml',
      ':12:3',
    ]);
  });

  it('keeps one column for the text when the indent is as wide as the line', () => {
    expect(wrapText('     !', 5)).toEqual(['    !']);
  });

  it('gives a blank paragraph as one empty line, however long its indent', () => {
    expect(wrapText('      ', 5)).toEqual(['']);
  });

  it('never exceeds the width and loses no character but spaces', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.integer({ min: 5, max: 60 }),
        fc.nat({ max: 4 }),
        (text, width, indent) => {
          const input = ' '.repeat(indent) + text.replace(/\s/g, ' ');
          const lines = wrapText(input, width);
          for (const l of lines) expect([...l].length).toBeLessThanOrEqual(Math.max(width, indent + 1));
          expect(lines.join('').replace(/ /g, '')).toBe(input.replace(/ /g, ''));
        },
      ),
    );
  });

  it('cuts a 10 MB word into lines quickly, and the table drawer draws it, without recursion', () => {
    const huge = 'é'.repeat(5_000_000) + '\u{1F600}'.repeat(2_500_000);
    const lines = wrapText(huge, 80);
    expect(lines).toHaveLength(93_750);
    expect([lines[0]!, lines[62_499]!, lines[62_500]!, lines.at(-1)!].map((l) => [...l].length)).toEqual([
      80, 80, 80, 80,
    ]);
    expect(lines[62_500]).toBe('\u{1F600}'.repeat(80));
    const table = drawTable(['Finding'], [[lines.join('\n')]], [80]);
    expect(table.split('\n')).toHaveLength(93_750 + 4);
    const wide = drawTable(['Finding'], [[huge]], fitWidths(['Finding'], [[huge]]));
    expect(wide.length).toBeGreaterThan(huge.length);
    const tall = 'x\n'.repeat(200_000);
    expect(fitWidths(['Finding'], [[tall]])).toEqual([7]);
    expect(drawTable(['Finding'], [[tall]], [7]).split('\n')).toHaveLength(200_001 + 4);
  });
});
