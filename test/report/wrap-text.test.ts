// Word wrapping of table cells: at spaces, long words split, the leading indent kept on every line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
    expect(wrapText('fixtures/a-very-long-name.yaml:12:3', 10)).toEqual(['fixtures/a', '-very-long', '-name.yaml', ':12:3']);
  });

  it('never exceeds the width and loses no character but spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 5, max: 60 }), fc.nat({ max: 4 }), (text, width, indent) => {
        const input = ' '.repeat(indent) + text.replace(/\s/g, ' ');
        const lines = wrapText(input, width);
        for (const l of lines) expect([...l].length).toBeLessThanOrEqual(Math.max(width, indent + 1));
        expect(lines.join('').replace(/ /g, '')).toBe(input.replace(/ /g, ''));
      }),
    );
  });
});
