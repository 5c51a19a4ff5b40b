// The bad-input matrix, end to end through the bin: every case exits 2 with one message naming the file (and
// line:column where there is one) and what was expected; no stack trace, no hang, no report file left behind.
import { mkdirSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { VALID, runBin, scratch } from './run-cases.js';

const s = scratch('snc-bad-input-');
afterAll(() => s.remove());
const out = `${s.dir}/reports`;
mkdirSync(out);

/** Swap one line of the valid description for another. */
const replace = (from: string, to: string) => {
  if (!VALID.includes(from)) throw new Error(`the valid description has no ${from}`);
  return VALID.replace(from, to);
};

const billionLaughs = ['snc: 1', 'name: bomb', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
  .concat(Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`))
  .join('\n');

interface Case {
  name: string;
  args: (file: string) => string[];
  content?: string | Buffer;
  /** The whole expected stderr line, with FILE standing for the input's path. */
  message: RegExp;
}

const check = (file: string) => ['check', file, '--format', `json=${out}/report.json`];

const cases: Case[] = [
  {
    name: 'invalid YAML',
    content: 'snc: 1\nname: [unclosed\nprovider: p\n',
    args: check,
    message: /^snc: FILE:3:1: invalid YAML: missed comma between flow collection entries$/,
  },
  {
    name: 'a wrong type',
    content: replace('  name: Matrix IaaS\n  serviceModel: iaas\n', '  name: [Matrix]\n'),
    args: check,
    message: /^snc: FILE:5:3: offer\.name: expected a string, got a list$/,
  },
  {
    name: 'a dangling id',
    content: replace('holder: owner', 'holder: ghost'),
    args: check,
    message: /^snc: FILE:15:11: holder `ghost` is not defined in entities$/,
  },
  {
    name: 'a percentage above 100',
    content: replace('capital: 100,', 'capital: 100.5,'),
    args: check,
    message:
      /^snc: FILE:15:26: entities\.prov\.shareholders\[0\]\.capital: expected a percentage from 0 to 100, got the number 100\.5$/,
  },
  {
    name: 'a country that is not ISO 3166-1 alpha-2 (unassigned)',
    content: replace('residence: FR', 'residence: XK'),
    args: check,
    message:
      /^snc: FILE:16:56: entities\.owner\.residence: expected an ISO 3166-1 alpha-2 country code, got the text "XK"$/,
  },
  {
    name: 'a country that is not ISO 3166-1 alpha-2 (three letters)',
    content: replace('registeredOffice: FR', 'registeredOffice: FRA'),
    args: check,
    message:
      /^snc: FILE:11:5: entities\.prov\.registeredOffice: expected an ISO 3166-1 alpha-2 country code, got the text "FRA" \(did you mean `FR` for France\?\)$/,
  },
  {
    name: 'a country name instead of its code',
    content: replace('centralAdministration: FR', 'centralAdministration: Allemagne'),
    args: check,
    message:
      /^snc: FILE:12:5: entities\.prov\.centralAdministration: expected an ISO 3166-1 alpha-2 country code, got the text "Allemagne" \(did you mean `DE` for Germany\?\)$/,
  },
  {
    name: 'a misspelt field',
    content: replace('principalEstablishment: FR', 'principalEstablisment: FR'),
    args: check,
    message:
      /^snc: FILE:13:5: entities\.prov\.principalEstablisment: unknown field \(did you mean `principalEstablishment`\?\)$/,
  },
  {
    name: 'a misspelt id',
    content: replace('holder: owner', 'holder: ownr'),
    args: check,
    message: /^snc: FILE:15:11: holder `ownr` is not defined in entities \(did you mean `owner`\?\)$/,
  },
  {
    name: 'a YAML alias bomb (billion laughs)',
    content: billionLaughs,
    args: check,
    message: /^snc: FILE:\d+:\d+: more than 100 YAML alias expansions \(raise it with --max-aliases\)$/,
  },
  {
    name: '20,000 levels of nesting',
    content: 'snc: 1\nname: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n',
    args: check,
    message: /^snc: FILE:2:\d+: nesting is deeper than 64 levels \(raise it with --max-depth\)$/,
  },
  {
    name: 'an empty file',
    content: '',
    args: check,
    message: /^snc: FILE:1:1: empty file, expected a YAML mapping beginning with `snc: 1`$/,
  },
  {
    name: 'a binary file',
    content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    args: check,
    message:
      /^snc: FILE:1:1: not UTF-8: the byte 0x89 does not begin a valid UTF-8 sequence, so the file looks like Latin-1 \(ISO 8859-1 or Windows-1252\) text; convert the file to UTF-8$/,
  },
  {
    name: 'a file with NUL bytes',
    content: Buffer.from('snc: 1\nname: x\0y\n'),
    args: check,
    message:
      /^snc: FILE:2:8: not UTF-8 text: a NUL byte \(0x00\), so the file looks binary; expected a YAML text file \(convert the file to UTF-8 if it is text\)$/,
  },
  {
    name: 'a Latin-1 file',
    content: Buffer.from(VALID.replace('Owner', 'Ow\u00e9ner'), 'latin1'),
    args: check,
    message:
      /^snc: FILE:16:20: not UTF-8: the byte 0xE9 does not begin a valid UTF-8 sequence, so the file looks like Latin-1 \(ISO 8859-1 or Windows-1252\) text; convert the file to UTF-8$/,
  },
  {
    name: 'a UTF-16 file with a byte-order mark',
    content: Buffer.from(`\ufeff${VALID}`, 'utf16le'),
    args: check,
    message:
      /^snc: FILE:1:1: not UTF-8: the file begins with a UTF-16 LE byte-order mark \(0xFF 0xFE\), so it is UTF-16 LE text; convert the file to UTF-8$/,
  },
  {
    name: 'a UTF-16 BE file without a byte-order mark',
    content: Buffer.from(VALID, 'utf16le').swap16(),
    args: check,
    message:
      /^snc: FILE:1:1: not UTF-8: a NUL byte beside each character, so the file looks like UTF-16 BE text without a byte-order mark; convert the file to UTF-8$/,
  },
  {
    name: '.nan as a percentage',
    content: replace('capital: 100,', 'capital: .nan,'),
    args: check,
    message:
      /^snc: FILE:15:26: \.nan \(not a number\) is not a value snc can judge: expected a finite number \(a percentage, a count, a number of days\)$/,
  },
  {
    name: '.inf as a percentage',
    content: replace('capital: 100,', 'capital: .inf,'),
    args: check,
    message:
      /^snc: FILE:15:26: an infinite number \(\.inf, or a number too large to hold\) is not a value snc can judge/,
  },
  {
    name: 'a number too large to hold',
    content: `${VALID}contract: { changeNoticeDays: 1e400 }\n`,
    args: check,
    message: /^snc: FILE:21:13: contract\.changeNoticeDays: expected a whole number, got the text "1e400"$/,
  },
  {
    name: '.inf as a number of days',
    content: `${VALID}contract: { changeNoticeDays: .inf }\n`,
    args: check,
    message:
      /^snc: FILE:21:13: an infinite number \(\.inf, or a number too large to hold\) is not a value snc can judge/,
  },
  {
    name: 'a whole number too large to be exact',
    content: `${VALID}contract: { changeNoticeDays: 1e300 }\n`,
    args: check,
    message:
      /^snc: FILE:21:13: contract\.changeNoticeDays: expected a number from 0 to 9007199254740991, got the number 1e\+300$/,
  },
  {
    name: 'a --max-bytes above what a string holds',
    content: VALID,
    args: (f) => [...check(f), '--max-bytes', '600000000'],
    message:
      /^snc: option '--max-bytes <n>' argument '600000000' is invalid\. 600000000 is above the largest file snc can read, 536870888 bytes \(the longest text a JavaScript string can hold, about 512 MiB\)$/,
  },
  {
    name: 'a top-level list',
    content: '- snc: 1\n- name: x\n',
    args: check,
    message:
      /^snc: FILE:1:1: expected a mapping at the top level \(a description beginning with `snc: 1`\), got a list$/,
  },
  {
    name: 'a __proto__ key',
    content: replace('  owner: {', '  __proto__: { polluted: true }\n  owner: {'),
    args: check,
    message: /^snc: FILE:16:3: the key `__proto__` is not allowed \(a reserved JavaScript name\)$/,
  },
  {
    name: 'a constructor key',
    content: replace('offer:\n', 'offer:\n  constructor: x\n'),
    args: check,
    message: /^snc: FILE:5:3: the key `constructor` is not allowed \(a reserved JavaScript name\)$/,
  },
  {
    name: 'duplicate keys',
    content: replace('provider: prov\n', 'provider: prov\nprovider: prov\n'),
    args: check,
    message: /^snc: FILE:4:1: duplicate key `provider`: a key may appear only once in a mapping$/,
  },
  {
    name: 'an unknown format version',
    content: replace('snc: 1', 'snc: 2'),
    args: check,
    message: /^snc: FILE:1:1: unsupported format version 2: this snc reads format 1 \(`snc: 1`\)$/,
  },
  { name: 'a missing file', args: (f) => check(`${f}.missing`), message: /^snc: FILE\.missing: file not found$/ },
  {
    name: 'a directory',
    args: () => check(s.dir),
    message: new RegExp(`^snc: ${s.dir}: is a directory, expected a YAML file$`),
  },
  {
    name: 'an unknown flag',
    content: VALID,
    args: (f) => [...check(f), '--no-such-flag'],
    message: /^snc: unknown option '--no-such-flag'$/,
  },
  {
    name: 'an unknown format',
    content: VALID,
    args: (f) => ['check', f, '--format', 'xml'],
    message: /^snc: unknown format "xml" \(expected one of text, json[a-z, ]*\)$/,
  },
  {
    name: 'an unwritable output path',
    content: VALID,
    args: (f) => ['check', f, '--format', `json=${s.dir}/no/such/folder/report.json`],
    message:
      /^snc: .*\/no\/such\/folder\/report\.json: cannot write the report: folder .* does not exist or is not writable$/,
  },
  {
    name: 'an unknown --max-bytes value',
    content: VALID,
    args: (f) => [...check(f), '--max-bytes', 'lots'],
    message:
      /^snc: option '--max-bytes <n>' argument 'lots' is invalid\. expected a positive whole number, got "lots"$/,
  },
];

describe('bad input matrix', () => {
  for (const c of cases) {
    it(c.name, () => {
      const file = s.file(`${c.name.replace(/\W+/g, '-')}.yaml`, c.content ?? '');
      const r = runBin(c.args(file));
      expect(r.signal, 'killed: the run hung').toBeNull();
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr
        .trimEnd()
        .split('\n')
        .filter((l) => l !== 'snc: run snc --help for usage');
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]!.replaceAll(file, 'FILE')).toMatch(c.message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(s.list('reports'), 'a report file was left behind').toEqual([]);
      expect(r.ms).toBeLessThan(15_000);
    });
  }

  it('a rule pack with a bad parameter names the pack, the rule and the parameter, at its line', () => {
    const pack = s.file(
      'bad-pack.yaml',
      [
        'pack: org-bad',
        'title: { en: Bad, fr: Mauvais }',
        'rules:',
        '  - id: ORG-SEATS',
        '    clause: "19.6.a"',
        '    family: jurisdiction',
        '    severity: error',
        '    title: { en: t, fr: t }',
        '    rationale: { en: r, fr: r }',
        '    remediation: { en: m, fr: m }',
        '    check: { fn: entity-seats, with: { area: mars } }',
        '',
      ].join('\n'),
    );
    const file = s.file('valid.yaml', VALID);
    const r = runBin([...check(file), '--rules', pack]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().replaceAll(pack, 'PACK')).toMatch(
      /^snc: PACK:11:\d+: rule pack org-bad, rule ORG-SEATS, parameter `area` of entity-seats: expected one of eu, eea, got the text "mars"$/,
    );
    expect(s.list('reports')).toEqual([]);
  });

  it('--debug adds the stack trace', () => {
    const file = s.file('debug.yaml', 'snc: [\n');
    const r = runBin([...check(file), '--debug']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^snc: .*debug\.yaml:2:1: invalid YAML/);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe('limits and the flags that raise them', () => {
  const aliased = VALID.replace('offer:\n', 'x-base: &base { note: shared }\nx-uses: [*base, *base, *base]\noffer:\n');
  const deep = VALID.replace('offer:\n', `x-deep: ${'['.repeat(70)}${']'.repeat(70)}\noffer:\n`);

  it('--max-bytes', () => {
    const file = s.file('bytes.yaml', VALID);
    const size = Buffer.byteLength(VALID);
    expect(runBin([...check(file), '--max-bytes', String(size - 1)]).stderr.replaceAll(file, 'FILE')).toBe(
      `snc: FILE: file is ${size} bytes, over the limit of ${size - 1} (raise it with --max-bytes)\n`,
    );
    expect(runBin([...check(file), '--max-bytes', String(size)]).code).not.toBe(2);
  });

  it('--max-depth', () => {
    const file = s.file('deep.yaml', deep);
    const refused = runBin(check(file));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/:4:72: nesting is deeper than 64 levels \(raise it with --max-depth\)\n$/);
    expect(runBin([...check(file), '--max-depth', '71']).code).not.toBe(2);
    expect(runBin([...check(file), '--max-depth', '70']).code).toBe(2);
  });

  it('--max-aliases', () => {
    const file = s.file('aliases.yaml', aliased);
    expect(runBin(check(file)).code).not.toBe(2);
    const refused = runBin([...check(file), '--max-aliases', '2']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/:5:24: more than 2 YAML alias expansions \(raise it with --max-aliases\)\n$/);
  });

  it('a valid description still writes its report', () => {
    const file = s.file('valid-report.yaml', VALID);
    const r = runBin(check(file));
    expect([0, 1]).toContain(r.code);
    expect(s.list('reports')).toEqual(['report.json']);
    rmSync(`${out}/report.json`);
  });
});
