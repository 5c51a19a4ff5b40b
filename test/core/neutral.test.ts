// The neutralising function: visible escapes for everything a terminal, a CI runner or a viewer would act on, and
// JSON that keeps exact values while escaping the same characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutral, neutralJson } from '../../src/core/neutral.js';

/** Strings made of the characters that matter here, and of any UTF-16 code unit (lone surrogates included). */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ':',
      '#',
      '[',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u001b',
      '\u0085',
      '\u009b',
      '\u202e',
      '\u2066',
      '\u2028',
      '\ufeff',
      '\u{e0041}',
      'a',
      'é',
    ),
    fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  ),
  maxLength: 24,
});
const UNSAFE = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}\p{Cs}]/u;
const RAW_IN_JSON = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\p{Bidi_Control}]/u;

describe('neutral', () => {
  it.each([
    ['line feed', 'a\nb', 'a\\nb'],
    ['carriage return', 'a\rb', 'a\\rb'],
    ['tab', 'a\tb', 'a\\tb'],
    ['NUL and other C0', '\u0000\u0001\u0008\u001f', '\\x00\\x01\\x08\\x1F'],
    ['ESC sequence', '\u001b[31mred', '\\x1B[31mred'],
    ['OSC 52', '\u001b]52;c;ZXZpbA==\u0007', '\\x1B]52;c;ZXZpbA==\\x07'],
    ['DEL and C1 (CSI, NEL)', '\u007f\u009b\u0085', '\\x7F\\x9B\\x85'],
    [
      'bidi overrides and embeddings',
      '\u202a\u202b\u202c\u202d\u202e',
      '\\u{202A}\\u{202B}\\u{202C}\\u{202D}\\u{202E}',
    ],
    ['bidi isolates', '\u2066\u2067\u2068\u2069', '\\u{2066}\\u{2067}\\u{2068}\\u{2069}'],
    ['bidi marks', '\u200e\u200f\u061c', '\\u{200E}\\u{200F}\\u{061C}'],
    ['line and paragraph separators', '\u2028\u2029', '\\u{2028}\\u{2029}'],
    ['invisible characters', '\u200b\u2060\ufeff\u{e0041}', '\\u{200B}\\u{2060}\\u{FEFF}\\u{E0041}'],
    ['lone surrogates and noncharacters', '\ud800x\udc00\uffff', '\\u{D800}x\\u{DC00}\\u{FFFF}'],
    ['a workflow command at the start', '::error::x', '\\x3A:error::x'],
    ['an indented workflow command', '  ::warning::x', '  \\x3A:warning::x'],
    ['a legacy workflow command anywhere', 'a ##[error]b ###[c', 'a #\\x23[error]b ##\\x23[c'],
  ])('escapes %s visibly', (_, input, output) => {
    expect(neutral(input)).toBe(output);
  });

  it('leaves ordinary text alone, French typography and other scripts included', () => {
    for (const s of [
      'Bleu SAS',
      'CHU l’Exemple — « santé » 100\u202f%',
      'Ωμέγα 株式会社 שלום',
      'a::b',
      'IPv6 ::1 in the middle',
      '# heading',
      'emoji 👩‍💻',
    ])
      expect(neutral(s)).toBe(s);
  });

  it('gives one line with no unsafe character, and is idempotent, for any string', () => {
    fc.assert(
      fc.property(text, (s) => {
        const n = neutral(s);
        return !UNSAFE.test(n) && !n.includes('##[') && !n.trimStart().startsWith('::') && neutral(n) === n;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('neutralJson', () => {
  it('parses back to exactly the value, with no raw character a terminal would act on', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), text, (value, s) => {
        const v = { value, s, extra: `${s}\u009b\u202e##[x]\u2028` };
        const json = neutralJson(v, 2);
        // JSON itself has no -0: compare with what JSON.stringify gives back.
        return (
          JSON.stringify(JSON.parse(json)) === JSON.stringify(v) && !RAW_IN_JSON.test(json) && !json.includes('##[')
        );
      }),
      { numRuns: 500 },
    );
  });

  it('writes what it escapes as JSON escapes', () => {
    expect(neutralJson({ a: '\u009b\u202e ##[x] \u001b' })).toBe('{"a":"\\u009b\\u202e #\\u0023[x] \\u001b"}');
  });
});
