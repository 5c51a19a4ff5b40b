// Hostile strings in every place a user can put them (names, keys, file names, rule pack texts, flag values), through
// every report format and every message path of the bin: nothing a terminal, a CI runner or a viewer would act on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { neutral } from '../../src/core/neutral.js';
import { scratch } from '../bad-input/run-cases.js';
import { inTurns, sncAsync, type Run } from './run-bin.js';

/** Each string a hostile description or pack could carry, and what it would do unescaped. */
const HOSTILE: [string, string][] = [
  ['CR (overwrites the line; GitHub splits there)', 'cr\rsnc: Compliant'],
  ['LF forging a line', 'lf\nsnc: Compliant — 0 failed'],
  ['CRLF then a workflow command', 'x\r\n::error file=a.yaml::forged'],
  ['ESC colour', '\u001b[31mred\u001b[0m'],
  ['OSC 52 (writes the clipboard)', '\u001b]52;c;Y3VybCBldmlsIHwgc2g=\u0007'],
  ['OSC 8 hyperlink', '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\'],
  ['C1 CSI and NEL', '\u009b31m\u0085next'],
  ['other C0 and DEL', '\u0000\u0001\u0008\u000b\u000c\u007f'],
  ['bidi embeddings and overrides', 'a\u202ab\u202bc\u202cd\u202de\u202ef'],
  ['bidi isolates', 'a\u2066b\u2067c\u2068d\u2069e'],
  ['line and paragraph separators', 'a\u2028b\u2029c'],
  ['workflow command at the start', '::error::pwned'],
  ['indented workflow command', '   ::add-mask::secret'],
  ['legacy workflow command', 'x ##[set-output name=a]b'],
  ['https autolink', 'see https://evil.example/x'],
  ['www autolink', 'see www.evil.example'],
  ['e-mail autolink', 'mail boss@evil.example'],
  ['Markdown', '**b** _i_ [l](https://x.example) ![i](x) `c` | # > ~~s~~ <b>'],
  ['HTML', '<script>alert(1)</script><img src=x onerror=alert(1)>&amp;"\''],
];

/** A YAML double-quoted scalar that spells every non-ASCII or control character as an escape. */
const yamlString = (s: string) =>
  `"${[...s]
    .map((c) => {
      const cp = c.codePointAt(0)!;
      if (c === '"' || c === '\\') return `\\${c}`;
      if (cp >= 0x20 && cp < 0x7f) return c;
      return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
    })
    .join('')}"`;

/** A description whose names and keys are all `h`, with a provider administered from the US and held from the US. */
const description = (h: string) => `snc: 1
name: ${yamlString(h)}
provider: ${yamlString(h)}
offer: { name: ${yamlString(h)}, serviceModel: iaas }
entities:
  ${yamlString(h)}:
    name: ${yamlString(h)}
    type: company
    registeredOffice: FR
    centralAdministration: US
    principalEstablishment: FR
    shareholders: [{ holder: ${yamlString(`${h} owner`)}, capital: 100, votingRights: 100 }]
  ${yamlString(`${h} owner`)}: { name: ${yamlString(`${h} owner`)}, type: company, registeredOffice: US, centralAdministration: US, principalEstablishment: US }
sites:
  - { id: paris, country: FR, operator: ${yamlString(h)}, name: ${yamlString(h)} }
data:
  - { kind: customer-content, storedAt: [paris], processedAt: [paris] }
`;

/** A rule pack whose texts are all `h`. */
const pack = (h: string, fn = 'data-location') => `pack: hostile
title: { en: ${yamlString(h)}, fr: ${yamlString(h)} }
rules:
  - id: HOSTILE-1
    clause: ${yamlString(h)}
    family: location
    severity: error
    title: { en: ${yamlString(h)}, fr: ${yamlString(h)} }
    rationale: { en: ${yamlString(h)}, fr: ${yamlString(h)} }
    remediation: { en: ${yamlString(h)}, fr: ${yamlString(h)} }
    check: { fn: ${yamlString(fn)}, with: { area: eu, countries: [DE], kinds: [customer-content] } }
`;

/** Raw characters nothing written for people may hold (line feed aside): C0, DEL, C1, separators, bidi controls. */
const RAW_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** Characters JSON.stringify leaves raw that a terminal would still act on (C0 are always escaped by JSON). */
const RAW_UNSAFE_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** The github format's own annotations: the only lines that may start with `::`. */
const ANNOTATION = /^::(error|warning|notice) (file=[^,:]*,line=\d+,col=\d+,)?title=[^:]*::/;

/** Nothing in a text that a terminal or GitHub's runner would act on; `annotations` allows the github format's own. */
function expectInert(label: string, text: string, annotations = false): void {
  expect(text, label).not.toMatch(RAW_UNSAFE);
  expect(text, label).not.toContain('##[');
  for (const line of text.split('\n'))
    if (line.trimStart().startsWith('::'))
      expect(annotations && ANNOTATION.test(line), `${label}: ${JSON.stringify(line)}`).toBe(true);
}

/** No user text that GFM would turn into a link or markup (code spans are shown verbatim: GFM links nothing there). */
function expectNoMarkdownLinks(label: string, markdown: string): void {
  const md = markdown.replace(/`[^`\n]*`/g, '');
  expect(md, label).not.toMatch(/https?:\/\//i);
  expect(md, label).not.toMatch(/www\./i);
  expect(md, label).not.toMatch(/[\w.+-]@[\w-]/);
  expect(md, label).not.toMatch(/(?<!\\)<(script|img|b)\b/);
}

/** The runs of one hostile string: `check` in every format through the bin, each message path in-process. */
interface Outcome {
  check: Run;
  files: Record<string, string>;
  ownership: Run;
  errors: Record<string, Run>;
}

const FILE_FORMATS = ['json', 'junit', 'sarif', 'github', 'markdown', 'html'] as const;
const DATE = ['--date', '2026-11-23', '--no-timestamp'];
const s = scratch('snc-hostile-');
afterAll(() => s.remove());

/** main() in-process, as the bin calls it: the same code path, without a process start per run. */
async function inProcess(args: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, {
    stdout: { write: (t: string) => stdout.push(t) },
    stderr: { write: (t: string) => stderr.push(t) },
    env: { NO_COLOR: '1' },
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** The input files of one hostile string, and the argument form of the string (argv cannot hold NUL). */
function inputsOf(h: string, key: string) {
  const name = `${key}-${[...h.replace(/[/\u0000]/g, '_')].slice(0, 60).join('')}`;
  return {
    arg: h.replace(/\u0000/g, '') || 'x',
    file: s.file(`${name}.yaml`, description(h)),
    rules: s.file(`${name}.pack.yaml`, pack(h)),
    badPack: s.file(`${name}.bad-pack.yaml`, pack(h, h)),
    bad: s.file(
      `${name}.bad.yaml`,
      description(h).replace('registeredOffice: FR', `registeredOffice: ${yamlString(h)}`),
    ),
  };
}

/** Every message path a user string reaches: a bad description, a bad pack, a bad flag, an unknown format and rule. */
const errorRuns = (f: ReturnType<typeof inputsOf>): Record<string, string[]> => ({
  'bad description': ['check', f.bad, ...DATE],
  'bad rule pack': ['check', f.file, '--rules', f.badPack, ...DATE],
  'bad flag value (commander)': ['check', f.file, '--lang', f.arg],
  'unknown format': ['check', f.file, '--format', f.arg],
  'unknown rule': ['rules', 'show', f.arg],
  'missing file': ['check', `${f.file}.missing`],
});

function expectErrorsInert(label: string, run: Run): void {
  expect(run.code, label).toBe(2);
  expect(run.stdout, label).toBe('');
  expectInert(label, run.stderr);
  expect(run.stderr, label).not.toMatch(/internal error|\n\s+at /);
  const lines = run.stderr.trimEnd().split('\n');
  for (const line of lines) expect(line, `${label}: ${line}`).toMatch(/^snc: /);
}

type Runner = (args: string[]) => Promise<Run>;

/** Every run of one hostile string, through `run`: check in every format (text on stdout), ownership, every error. */
async function outcomeOf(h: string, key: string, run: Runner): Promise<Outcome> {
  const f = inputsOf(h, key);
  const out = (format: string) => join(s.dir, `${key}.${format}`);
  const formats = ['--format', 'text', ...FILE_FORMATS.flatMap((x) => ['--format', `${x}=${out(x)}`])];
  const [check, ownership, ...errors] = await inTurns(
    [
      ['check', f.file, '--rules', f.rules, ...DATE, ...formats],
      ['ownership', f.file, '--date', '2026-11-23'],
      ...Object.values(errorRuns(f)),
    ].map((args) => () => run(args)),
    2,
  );
  const files = Object.fromEntries(FILE_FORMATS.map((x) => [x, check!.code === 1 ? readFileSync(out(x), 'utf8') : '']));
  const labels = Object.keys(errorRuns(f));
  return {
    check: check!,
    files,
    ownership: ownership!,
    errors: Object.fromEntries(labels.map((label, i) => [label, errors[i]!])),
  };
}

/** What every outcome must show, whichever way it was run. */
function expectNeutralEverywhere(h: string, o: () => Outcome): void {
  it('judges the description and shows the string as visible escapes in every format', () => {
    const { check, files } = o();
    expect(check.stderr).toBe('');
    expect(check.code).toBe(1);
    expectInert('text on stdout', check.stdout);
    expect(check.stdout).toContain(neutral(h).slice(0, 12));
    for (const f of ['junit', 'markdown', 'html'] as const) expectInert(f, files[f]!);
    expectInert('github', files.github!, true);
    expect(
      files
        .github!.trimEnd()
        .split('\n')
        .slice(0, -1)
        .every((line) => ANNOTATION.test(line)),
    ).toBe(true);
    expectNoMarkdownLinks('markdown', files.markdown!);
    expect(files.html).not.toMatch(/<(script|img|b)\b/);
  });

  it('keeps exact values in JSON, and nothing raw a terminal would act on', () => {
    const { files } = o();
    for (const f of ['json', 'sarif'] as const) {
      expect(files[f], f).not.toMatch(RAW_UNSAFE_JSON);
      expect(files[f], f).not.toContain('##[');
    }
    const report = JSON.parse(files.json!) as {
      inputs: { name: string; provider: string }[];
      rules: { title: string; clause: string }[];
    };
    expect(report.inputs[0]).toMatchObject({ name: h, provider: h });
    expect(report.rules.find((r) => r.clause === h)?.title).toBe(h);
  });

  it('gives SARIF viewers neutral text and escaped Markdown for the pack texts', () => {
    const log = JSON.parse(o().files.sarif!) as {
      runs: {
        tool: {
          driver: {
            rules: { id: string; shortDescription: { text: string }; help: { text: string; markdown: string } }[];
          };
        };
        results: { message: { text: string } }[];
      }[];
    };
    const rule = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'HOSTILE-1')!;
    for (const text of [rule.shortDescription.text, rule.help.text, ...log.runs[0]!.results.map((r) => r.message.text)])
      expectInert('sarif text', text);
    expectInert('sarif help.markdown', rule.help.markdown);
    expectNoMarkdownLinks('sarif help.markdown', rule.help.markdown);
  });

  it('prints snc ownership as neutral text', () => {
    const { ownership } = o();
    expect(ownership.stderr).toBe('');
    expect(ownership.code).toBe(0);
    expectInert('ownership', ownership.stdout);
    expect(ownership.stdout).toContain(neutral(h));
  });

  it('prints every error on standard error as neutral lines, each starting with snc:', () => {
    for (const [label, run] of Object.entries(o().errors)) expectErrorsInert(label, run);
  });
}

// Each string on its own, in-process: main() is what the bin runs, without a process start per run.
const outcomes = new Map<number, Outcome>();
beforeAll(async () => {
  for (const [i, [, h]] of HOSTILE.entries()) outcomes.set(i, await outcomeOf(h, String(i), inProcess));
}, 120_000);

describe.each(HOSTILE.map(([label, h], i) => ({ label, h, i })))('$label', ({ h, i }) => {
  expectNeutralEverywhere(h, () => outcomes.get(i)!);
});

describe('every hostile string at once, through the bin', () => {
  // One string holding them all, starting with a workflow command so that a line start is tested through the bin too.
  const all = `::error::all ${HOSTILE.map(([, h]) => h).join(' ')}`;
  let outcome: Outcome;
  beforeAll(async () => {
    outcome = await outcomeOf(all, 'all', sncAsync);
  }, 120_000);
  expectNeutralEverywhere(all, () => outcome);

  it('shows an OSC 52 sequence quoted by an error as a visible escape', () => {
    expect(outcome.errors['bad description']!.stderr).toContain('\\x1B]52;c;');
  });
});
