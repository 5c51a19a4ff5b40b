// snc init, end to end: a starting description in English or French that validates, keeps its comments through a
// parse and a write, covers every field with its doc, gives only unknown verdicts until its facts are given, points
// editors to the shipped schema, and is never written over an existing file.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse, parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report-types.js';
import { LANGS, type Lang } from '../../src/i18n/types.js';
import { STARTER_TO_STRING } from '../../src/init/starting-description.js';
import { descriptionSchema } from '../../src/schema/description-schema.js';
import { docFor, docText } from '../../src/schema/field-docs.js';
import { schemaFields } from '../../src/schema/schema-fields.js';
import { scratch } from '../bad-input/run-cases.js';
import { root, snc } from './run-bin.js';

const s = scratch('snc-init-');
afterAll(() => s.remove());

/** `snc init` into a new file of the scratch folder; its text. */
function init(lang: Lang, name = `offer-${lang}.yaml`): { file: string; text: string } {
  const file = join(s.dir, name);
  const r = snc(['init', file, '--lang', lang]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(
    lang === 'fr'
      ? `snc: ${file} est écrit\u00a0: donnez-en les faits (les champs en commentaire), puis lancez snc check ${file}\n`
      : `snc: wrote ${file}: give its facts (the commented-out fields), then run snc check ${file}\n`,
  );
  return { file, text: readFileSync(file, 'utf8') };
}

/** The text with every commented-out field taken out of its comment (one "# " less on each line of its block). */
function uncommentAll(text: string): string {
  const fields = new Set(schemaFields(descriptionSchema).map((f) => f.key));
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^( *)# ([A-Za-z]+):(?: |$)/.exec(lines[i]!);
    if (!m || !fields.has(m[2]!)) continue;
    const indent = m[1]!;
    lines[i] = indent + lines[i]!.slice(indent.length + 2);
    while (i + 1 < lines.length && lines[i + 1]!.startsWith(`${indent}#   `)) {
      i++;
      lines[i] = indent + lines[i]!.slice(indent.length + 2);
    }
  }
  return lines.join('\n');
}

describe.each(LANGS)('snc init --lang %s', (lang) => {
  const { file, text } = init(lang);

  it('keeps every comment through a parse and a write with the yaml library', () => {
    expect(parseDocument(text).toString(STARTER_TO_STRING)).toBe(text);
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
  });

  it('names every field of format 1 with its doc, in the language asked for', () => {
    for (const f of schemaFields(descriptionSchema)) {
      if (f.key === '*') continue;
      expect(text, f.path).toMatch(new RegExp(`^[ #]*(- )?${f.key}:`, 'm'));
      const doc = docText(docFor(f.path)!, lang);
      const flattened = text.replace(/\n *(# )*#/g, ''); // wrapped comment lines joined again
      expect(flattened, f.path).toContain(doc.split(' ').slice(0, 6).join(' '));
    }
  });

  it('is valid, and checking it gives only facts to provide: unknown verdicts, never a pass or a fail (exit 1)', () => {
    const out = join(s.dir, `report-${lang}.json`);
    const r = snc(['check', file, '--format', `json=${out}`, '--date', '2026-11-23', '--lang', lang]);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    const statuses = new Set(report.results.map((x) => x.status));
    expect([...statuses].sort()).toEqual(['not-applicable', 'unknown']);
    expect(report.results.filter((x) => x.status === 'unknown').length).toBeGreaterThanOrEqual(15);
    // one unknown at least in every family the default profile judges
    const families = new Set(report.results.filter((x) => x.status === 'unknown').map((x) => x.family));
    for (const family of ['jurisdiction', 'ownership', 'location', 'staff', 'subcontracting', 'contract', 'keys'])
      expect(families, family).toContain(family);
  });

  it('lists the facts to provide, one line each in a CI log', () => {
    const r = snc(['check', file, '--date', '2026-11-23', '--lang', lang, '--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .filter((l) => l.startsWith('::'));
    // Ten of each level, as GitHub shows them; a notice says how many more the other reports hold.
    const findings = lines.filter((l) => !l.startsWith('::notice title=snc::'));
    expect(findings.length).toBeGreaterThanOrEqual(10);
    expect(lines.filter((l) => l.startsWith('::error')).length).toBeLessThanOrEqual(10);
    expect(lines.some((l) => l.startsWith('::notice title=snc::'))).toBe(true);
    const missing = lang === 'en' ? /Cannot judge, facts missing: / : /Évaluation impossible, faits manquants\s: /u;
    for (const line of findings) expect(line).toMatch(missing);
    expect(r.stdout).toMatch(
      lang === 'en'
        ? /registered office, central administration and principal establishment/
        : /siège statutaire, administration centrale et principal établissement/,
    );
  });

  it('gives valid format 1 when every commented-out field is taken out of its comment', () => {
    const full = uncommentAll(text);
    expect(full).not.toBe(text);
    const value = parse(full) as Record<string, unknown>;
    for (const key of ['sites', 'data', 'staff', 'subcontractors', 'contract', 'certificates', 'profiles'])
      expect(value, key).toHaveProperty(key);
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(descriptionSchema);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it('points editors to the shipped editor schema, relative to the file', () => {
    const path = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)![1]!;
    expect(resolve(dirname(file), path)).toBe(join(root, 'schemas/description-1.editor.schema.json'));
  });
});

describe('snc init', () => {
  it('writes to standard output without a file or with -, the schema path relative to the folder it runs in', () => {
    const none = snc(['init', '--lang', 'en']);
    const dash = snc(['init', '-', '--lang', 'en']);
    expect(none.code).toBe(0);
    expect(dash.stdout).toBe(none.stdout);
    expect(none.stdout).toMatch(/^# yaml-language-server: \$schema=\.\/schemas\/description-1\.editor\.schema\.json\n/);
    expect(none.stdout).toContain('\nsnc: 1\n');
  });

  it('writes French comments when LANG is French, unless --lang says otherwise', () => {
    expect(snc(['init'], { LANG: 'fr_FR.UTF-8' }).stdout).toContain('Description de départ pour snc');
    expect(snc(['init', '--lang', 'en'], { LANG: 'fr_FR.UTF-8' }).stdout).toContain('A starting description for snc');
  });

  it('gives the same bytes every time', () => {
    expect(snc(['init', '--lang', 'fr']).stdout).toBe(snc(['init', '--lang', 'fr']).stdout);
  });

  it('never writes over an existing file (exit 2, the file untouched)', () => {
    const file = s.file('mine.yaml', 'snc: 1\n# my own work\n');
    const r = snc(['init', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `snc: ${file}: already exists; snc init never writes over a file (give another name, or - for standard output)\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('snc: 1\n# my own work\n');
  });

  it('says why it cannot create a file, with exit 2 and nothing left behind', () => {
    const r = snc(['init', join(s.dir, 'no/such/folder/offer.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `snc: ${join(s.dir, 'no/such/folder/offer.yaml')}: cannot be created: its folder does not exist\n`,
    );
    expect(snc(['init', s.dir]).stderr).toBe(
      `snc: ${s.dir}: already exists; snc init never writes over a file (give another name, or - for standard output)\n`,
    );
  });

  it('refuses an unknown language like any bad flag (exit 2)', () => {
    const r = snc(['init', '--lang', 'de']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^snc: option '--lang <lang>' argument 'de' is invalid/);
  });

  it('starts a description that, once given its facts, passes', () => {
    const { file, text } = init('en', 'filled.yaml');
    // the facts of a compliant provider, written where the starting file leaves them commented out
    const filled = text
      .replace('    # registeredOffice: FR', '    registeredOffice: FR')
      .replace('    # centralAdministration: FR', '    centralAdministration: FR')
      .replace('    # principalEstablishment: FR', '    principalEstablishment: FR');
    writeFileSync(file, filled);
    const r = snc(['check', file, '--date', '2026-11-23', '--format', 'json']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.results.find((x) => x.ruleId === 'SNC-19.6-SEATS')!.status).toBe('pass');
  });
});
