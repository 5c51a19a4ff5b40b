// Every message a bad input or a bad usage prints, through the bin, in the language of the run: with --lang fr no
// English is left (commander's usage errors, the reading of files, YAML syntax, options, rule packs, outputs,
// configuration, warnings), and in English no French creeps in.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inTurns, root, sncAsync, type Run } from './run-bin.js';

const dir = mkdtempSync(join(tmpdir(), 'snc-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const COMPLIANT = join(root, 'fixtures/compliant.yaml');
const OK = [
  'snc: 1',
  'name: t',
  'provider: p',
  'offer: { name: o }',
  'entities:',
  '  p: { type: company, registeredOffice: FR }',
  '',
].join('\n');
mkdirSync(join(dir, 'folder'));
mkdirSync(join(dir, 'two-configs'));
writeFileSync(join(dir, 'two-configs', '.snc.yaml'), 'lang: fr\n');
writeFileSync(join(dir, 'two-configs', 'snc.config.yaml'), 'lang: fr\n');
writeFileSync(join(dir, 'two-configs', '.git'), '');
const pack = (rules: string) =>
  file(`pack-${Math.random().toString(36).slice(2)}.yaml`, `pack: mine\ntitle: { en: Mine, fr: Le mien }\n${rules}`);
const RULE =
  'rules:\n  - id: MINE-1\n    clause: "19.1"\n    family: contract\n    severity: error\n    title: { en: t, fr: t }\n    rationale: { en: r, fr: r }\n    remediation: { en: m, fr: m }\n';

/** A bad input or usage: the command line (without --lang), and what it reads. */
interface Case {
  name: string;
  args: string[];
  stdin?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** The run judges, and warns (exit 0 or 1). */
  warns?: boolean;
}

const CASES: Case[] = [
  { name: 'an unknown option', args: ['check', '--bogus', COMPLIANT] },
  { name: 'an unknown command, with a suggestion', args: ['chek'] },
  { name: 'an option without its value', args: ['check', COMPLIANT, '--date'] },
  { name: 'a missing argument', args: ['diff', COMPLIANT] },
  { name: 'too many arguments', args: ['ownership', COMPLIANT, COMPLIANT] },
  { name: 'a value outside the choices', args: ['check', COMPLIANT, '--fail-on', 'fatal'] },
  { name: 'a profile that does not exist', args: ['check', COMPLIANT, '--profile', 'iso'] },
  { name: 'a limit that is not a positive number', args: ['check', COMPLIANT, '--max-depth', '0'] },
  { name: 'a byte limit above what can be read', args: ['check', COMPLIANT, '--max-bytes', '999999999999'] },
  { name: 'an unknown format', args: ['check', COMPLIANT, '--format', 'pdf'] },
  { name: 'a format without its file name', args: ['check', COMPLIANT, '--format', 'json='] },
  { name: 'two formats on standard output', args: ['check', COMPLIANT, '--format', 'json', '--format', 'text'] },
  { name: 'no file', args: ['check'] },
  { name: 'standard input twice', args: ['check', '-', '-'], stdin: OK },
  { name: '--stdin-filename without -', args: ['check', COMPLIANT, '--stdin-filename', 'x.yaml'] },
  { name: 'a file not found', args: ['check', join(dir, 'missing.yaml')] },
  { name: 'a directory', args: ['check', join(dir, 'folder')] },
  { name: 'an empty file', args: ['check', file('empty.yaml', '# nothing\n')] },
  { name: 'input over the byte limit', args: ['check', '-', '--max-bytes', '10'], stdin: OK },
  { name: 'a file over the byte limit', args: ['check', file('big.yaml', OK), '--max-bytes', '10'] },
  { name: 'an unclosed flow list', args: ['check', file('flow.yaml', 'a: [1, 2\n')] },
  { name: 'a bad indentation', args: ['check', file('indent.yaml', 'a:\n  b: 1\n c: 2\n')] },
  { name: 'a tab in the indentation', args: ['check', file('tab.yaml', 'a:\n\t- 1\n')] },
  { name: 'an unknown alias', args: ['check', file('alias.yaml', 'a: *nope\n')] },
  { name: 'an unclosed quote', args: ['check', file('quote.yaml', 'a: "open\n')] },
  { name: 'a duplicate key', args: ['check', file('dup.yaml', 'a: 1\na: 2\n')] },
  { name: 'two documents', args: ['check', file('two.yaml', 'a: 1\n---\nb: 2\n')] },
  { name: 'nesting over the limit', args: ['check', file('deep.yaml', 'a: [[[[1]]]]\n'), '--max-depth', '2'] },
  {
    name: 'too many aliases',
    args: ['check', file('laughs.yaml', 'a: &a [1, 1]\nb: &b [*a, *a]\nc: [*b, *b]\n'), '--max-aliases', '2'],
  },
  { name: 'an alias cycle', args: ['check', file('cycle.yaml', 'a: &a [*a]\n')] },
  { name: 'a reserved key', args: ['check', file('proto.yaml', '__proto__: 1\n')] },
  { name: 'a list as a key', args: ['check', file('listkey.yaml', '? [a, b]\n: 1\n')] },
  { name: 'an infinite number', args: ['check', file('inf.yaml', 'a: .inf\n')] },
  { name: 'a binary file', args: ['check', file('bin.yaml', Buffer.from([0x61, 0x3a, 0x00, 0x01]))] },
  { name: 'Latin-1 text', args: ['check', file('latin1.yaml', Buffer.from('name: caf\xe9\n', 'latin1'))] },
  { name: 'UTF-16 text', args: ['check', file('utf16.yaml', Buffer.from('\ufeffa: 1\n', 'utf16le'))] },
  { name: 'a top-level list', args: ['check', file('list.yaml', '- a\n')] },
  { name: 'no format version', args: ['check', file('noversion.yaml', 'name: t\n')] },
  { name: 'an unsupported format version', args: ['check', file('v2.yaml', 'snc: 2\n')] },
  { name: 'an evaluation date that does not exist', args: ['check', COMPLIANT, '--date', '2026-02-30'] },
  { name: 'a bad SOURCE_DATE_EPOCH', args: ['check', COMPLIANT], env: { SOURCE_DATE_EPOCH: 'soon' } },
  { name: 'rules show without an id', args: ['rules', 'show'] },
  { name: 'rules show of no rule', args: ['rules', 'show', 'NOPE'] },
  { name: 'rules list with an id', args: ['rules', 'list', 'SNC-19.6-VETO'] },
  { name: 'rules functions with an argument', args: ['rules', 'functions', 'x'] },
  { name: 'an unknown rules action', args: ['rules', 'explain'] },
  { name: 'two schemas at once', args: ['schema', '--config', '--waivers'] },
  { name: 'init over an existing file', args: ['init', COMPLIANT] },
  { name: 'init in a missing folder', args: ['init', join(dir, 'nowhere', 'offer.yaml')] },
  { name: 'a report written to a directory', args: ['check', COMPLIANT, '--format', `json=${join(dir, 'folder')}`] },
  {
    name: 'a report in a missing folder',
    args: ['check', COMPLIANT, '--format', `json=${join(dir, 'nowhere', 'r.json')}`],
  },
  {
    name: 'a report over its input',
    args: ['check', file('self.yaml', OK), '--format', `json=${join(dir, 'self.yaml')}`],
  },
  {
    name: 'two reports to one file',
    args: ['check', COMPLIANT, '--format', `json=${join(dir, 'r.json')}`, '--format', `sarif=${join(dir, 'r.json')}`],
  },
  {
    name: 'a configuration that is not a mapping',
    args: ['check', COMPLIANT, '--config', file('list-config.yaml', '- a\n')],
  },
  {
    name: 'a configuration option the command lacks',
    args: ['rules', 'list', '--config', file('waivers-config.yaml', 'waivers: w.yaml\n')],
  },
  { name: 'two configuration files in a folder', args: ['check', COMPLIANT], cwd: join(dir, 'two-configs') },
  {
    name: 'a rule pack with an unknown function',
    args: ['check', COMPLIANT, '--rules', pack(`${RULE}    check: { fn: nope }\n`)],
  },
  {
    name: 'a rule pack with a bad parameter',
    args: ['check', COMPLIANT, '--rules', pack(`${RULE}    check: { fn: dataLocation, with: { zone: moon } }\n`)],
  },
  {
    name: 'a rule pack citing clause and clauses',
    args: ['check', COMPLIANT, '--rules', pack(`${RULE}    clauses: ["19.2"]\n    check: { fn: dataLocation }\n`)],
  },
  {
    name: 'a rule pack extending an unknown pack',
    args: ['check', COMPLIANT, '--rules', pack(`extends: [nope]\n${RULE}    check: { fn: dataLocation }\n`)],
  },
  {
    name: 'a rule pack taking a built-in id',
    args: [
      'check',
      COMPLIANT,
      '--rules',
      file('builtin-id.yaml', `pack: hds\ntitle: { en: x, fr: x }\n${RULE}    check: { fn: dataLocation }\n`),
    ],
  },
  { name: 'an empty attestations file', args: ['check', COMPLIANT, '--attestations', file('att.yaml', '')] },
  { name: 'an empty waivers file', args: ['check', COMPLIANT, '--waivers', file('waivers.yaml', '\n')] },
  {
    name: 'a description compared with a report',
    args: ['diff', COMPLIANT, file('report.json', '{"reportVersion":1,"inputs":[],"results":[]}')],
  },
  {
    name: 'a source unused and too old',
    args: [
      'check',
      file('old-source.yaml', `${OK}sources:\n  s1: { title: T, issuer: I, date: 2020-01-01 }\n`),
      '--format',
      'json',
    ],
    warns: true,
  },
];

/** Words only English writes; a French line holding one (outside code, quotes and paths) is not translated. */
const ENGLISH =
  /\b(the|is|not|cannot|can|expected|unknown|missing|invalid|got|must|only|given|found|than|too|with|which|this|file|folder|directory|should|would|does|nesting|levels|key|allowed|report|write|written|read|give|run|needs|takes|mean|did|you|used|more|older|months)\b/i;
/** Words only French writes, in an English line. */
const FRENCH =
  /\b(le|la|les|est|pas|une|du|des|fichier|attendu|trouvé|valeur|introuvable|dossier|avertissement|règle)\b/i;

/** A line's own words: without `snc:`, the place, code spans, quoted text, paths, flags and ids. */
const words = (line: string): string =>
  line
    .replace(/^snc: /, '')
    .replace(/^[^\s:]*\/[^\s:]*(:\d+)*: /, '')
    .replace(/`[^`]*`|"[^"]*"|'[^']*'|«[^»]*»/g, ' ')
    .replace(/(^|\s)[^\s]*[/.][^\s]*/g, ' ')
    .replace(/--[\w-]+/g, ' ')
    .replace(/\b[A-Z][A-Z0-9-]+\b|\b[\w-]+-[\w-]+\b/g, ' ');

/** Run the bin with a case's arguments, environment and standard input (closed when it reads none). */
const run = (c: Case, lang: 'en' | 'fr'): Promise<Run> =>
  sncAsync([...c.args, '--lang', lang], c.env, { cwd: c.cwd, stdin: c.stdin ?? '' });

const runs = (lang: 'en' | 'fr') =>
  inTurns(
    CASES.map((c) => () => run(c, lang)),
    3,
  );

describe('every message of a bad input or usage, in the language of the run', () => {
  let fr: Run[];
  let en: Run[];

  it('runs each case in both languages', async () => {
    [fr, en] = [await runs('fr'), await runs('en')];
    expect(fr).toHaveLength(CASES.length);
  }, 240_000);

  it('leaves no English under --lang fr', () => {
    const left: string[] = [];
    CASES.forEach((c, i) => {
      const r = fr[i]!;
      if (c.warns ? r.code === 2 || !/^snc: avertissement\u00a0: /.test(r.stderr) : r.code !== 2)
        left.push(`${c.name}: exit ${r.code}: ${r.stderr}`);
      for (const line of r.stderr.trimEnd().split('\n')) if (ENGLISH.test(words(line))) left.push(`${c.name}: ${line}`);
    });
    expect(left).toEqual([]);
  });

  it('says each in English with --lang en, with no French word, and differently from French', () => {
    const left: string[] = [];
    CASES.forEach((c, i) => {
      const r = en[i]!;
      if (r.code !== 2 && !(c.warns && r.code !== null && /^snc: warning: /.test(r.stderr)))
        left.push(`${c.name}: exit ${r.code}: ${r.stderr}`);
      if (r.stderr === fr[i]!.stderr) left.push(`${c.name}: the same in both languages: ${r.stderr}`);
      for (const line of r.stderr.trimEnd().split('\n')) if (FRENCH.test(words(line))) left.push(`${c.name}: ${line}`);
    });
    expect(left).toEqual([]);
  });
});
