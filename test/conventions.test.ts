// Conventions every rule and check keeps: both languages, a known clause, a passing and a failing fixture, messages
// that exist in every catalogue with the same placeholders.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checks } from '../src/checks/index.js';
import { builtinPackFiles } from '../src/engine/load-packs.js';
import { PackSet } from '../src/engine/select-rules.js';
import { en } from '../src/i18n/en.js';
import { fr } from '../src/i18n/fr.js';
import { functionsFr } from '../src/i18n/functions-fr.js';
import { placeholdersOf } from '../src/i18n/message-format.js';
import { LANGS } from '../src/i18n/types.js';

const root = join(import.meta.dirname, '..');
const packs = new PackSet(checks).resolve([...builtinPackFiles().keys()]);
const rules = PackSet.rules(packs);
const clauses = (
  parse(readFileSync(join(root, 'rules/data/clauses.yaml'), 'utf8')) as {
    clauses: Record<string, { en: string; fr: string; match?: string }>;
  }
).clauses;
const catalogues: Record<string, Record<string, string>> = { en, fr };
const placeholders = (s: string) => [...new Set(placeholdersOf(s).map((p) => p.name))];
const expectOf = (file: string) =>
  (parse(readFileSync(file, 'utf8')) as { 'x-expect'?: { rule?: string; status?: string } })['x-expect'];

describe('every rule of every built-in pack', () => {
  it('there are rules in each pack', () => {
    for (const p of packs) expect(p.rules.length, p.pack).toBeGreaterThan(0);
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('has a title, a rationale and a remediation in every language', () => {
        for (const lang of LANGS)
          for (const field of ['title', 'rationale', 'remediation'] as const)
            expect(rule[field][lang]?.trim(), `${field}.${lang}`).toBeTruthy();
        expect(rule.title.fr).not.toBe(rule.title.en);
      });

      it('cites clauses listed in rules/data/clauses.yaml', () => {
        expect(rule.clauses[0]).toBe(rule.clause);
        for (const c of rule.clauses) expect(Object.keys(clauses)).toContain(c);
      });

      it('has a passing and a failing fixture', () => {
        for (const status of ['pass', 'fail']) {
          const file = join(root, 'fixtures/rules', rule.id, `${status}.yaml`);
          expect(existsSync(file), `fixtures/rules/${rule.id}/${status}.yaml`).toBe(true);
          expect(expectOf(file)).toMatchObject({ rule: rule.id, status });
        }
      });
    });
  }
});

describe('fixtures/rules', () => {
  it('has a folder only for rules that exist', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const dir of readdirSync(join(root, 'fixtures/rules'))) expect(ids.has(dir), dir).toBe(true);
  });

  it('states what each fixture shows on its first line', () => {
    for (const dir of readdirSync(join(root, 'fixtures/rules')))
      for (const f of readdirSync(join(root, 'fixtures/rules', dir)))
        expect(readFileSync(join(root, 'fixtures/rules', dir, f), 'utf8'), `${dir}/${f}`).toMatch(/^# \S.{10,}\n/);
  });
});

describe('rules/data/clauses.yaml', () => {
  it('gives every clause a title in both languages', () => {
    for (const [id, c] of Object.entries(clauses)) {
      expect(c.en?.trim(), `${id}.en`).toBeTruthy();
      expect(c.fr?.trim(), `${id}.fr`).toBeTruthy();
    }
  });

  it('lists only requirements that the domain notes name (test/data/referential-clauses.txt)', () => {
    const named = new Set(
      readFileSync(join(root, 'test/data/referential-clauses.txt'), 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('#')),
    );
    for (const [id, c] of Object.entries(clauses))
      expect(named.has(c.match ?? id), `${id} (${c.match ?? id})`).toBe(true);
  });
});

describe('every check function', () => {
  const ajv = new Ajv2020({ strict: false });

  for (const fn of checks.values()) {
    describe(fn.name, () => {
      it('has a description and a parameter schema that compiles', () => {
        expect(fn.description.length).toBeGreaterThan(10);
        expect(() => ajv.compile(fn.parameters)).not.toThrow();
      });

      it('says what it judges and what each documented parameter means in French too', () => {
        const texts = functionsFr[fn.name];
        expect(texts?.description, `src/i18n/functions-fr.ts: ${fn.name}`).toBeTruthy();
        const documented = Object.entries(
          (fn.parameters as { properties?: Record<string, { description?: string }> }).properties ?? {},
        ).filter(([, p]) => p.description);
        for (const [name] of documented)
          expect(texts?.parameters[name], `src/i18n/functions-fr.ts: ${fn.name}.${name}`).toBeTruthy();
      });

      it('reports message ids that exist in every catalogue, with the same placeholders', () => {
        expect(fn.messages.length).toBeGreaterThan(0);
        for (const id of fn.messages) {
          for (const lang of LANGS) expect(catalogues[lang]![id], `${lang}: ${id}`).toBeTypeOf('string');
          expect(placeholders(fr[id]), id).toEqual(placeholders(en[id]));
        }
      });
    });
  }

  it('is used by at least one built-in rule', () => {
    const used = new Set(rules.map((r) => r.check.fn));
    for (const name of checks.keys()) expect(used.has(name), name).toBe(true);
  });
});

describe('the catalogues', () => {
  it('use the same placeholders in English and French for every key', () => {
    for (const id of Object.keys(en) as (keyof typeof en)[])
      expect(placeholders(fr[id]), id).toEqual(placeholders(en[id]));
  });
});
