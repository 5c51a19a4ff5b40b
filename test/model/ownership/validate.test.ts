// Ownership that cannot be judged is bad input: exit 2 with file, line and column, never a stack trace.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, InputError } from '../../../src/api.js';

const dir = mkdtempSync(join(tmpdir(), 'snc-ownership-'));
function file(name: string, entities: string): string {
  const f = join(dir, name);
  writeFileSync(f, `snc: 1\nname: test\nprovider: p\noffer: { name: o }\nentities:\n${entities}`);
  return f;
}
function errorOf(f: string): InputError {
  try {
    check([f], { date: '2026-11-23', timestamp: false });
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('no InputError');
}

describe('ownership input errors', () => {
  it('refuses a 100% cross-holding cycle with no holder outside it, naming its members', () => {
    const f = file(
      'cycle.yaml',
      [
        '  p: { type: company, shareholders: [{ holder: a, capital: 100, votingRights: 100 }] }',
        '  a:',
        '    type: company',
        '    shareholders:',
        '      - { holder: b, capital: 100, votingRights: 100 }',
        '  b: { type: company, shareholders: [{ holder: a, capital: 100, votingRights: 100 }] }',
        '',
      ].join('\n'),
    );
    const e = errorOf(f);
    expect(e.toString()).toBe(
      `${f}:9:5: cross-holding cycle with no holder outside it: the capital and voting rights of \`a\` and \`b\` are held 100% by one another, so no one ultimately holds it: list their other shareholders or correct the percentages`,
    );
  });

  it('refuses a company that holds 100% of itself', () => {
    const e = errorOf(file('self.yaml', '  p: { type: company, shareholders: [{ holder: p, capital: 100 }] }\n'));
    expect(e.message).toBe(
      'the capital of `p` is held 100% by itself, so no one ultimately holds it: list its other shareholders or correct the percentages',
    );
    expect([e.line, e.column]).toEqual([6, 23]);
  });

  it('accepts a cycle that an outside holder breaks, however small', () => {
    const f = file(
      'open-cycle.yaml',
      [
        '  p: { type: company, shareholders: [{ holder: a, capital: 100, votingRights: 100 }] }',
        '  a: { type: company, shareholders: [{ holder: b, capital: 99.99, votingRights: 100 }, { holder: x, capital: 0.01 }] }',
        '  b: { type: company, shareholders: [{ holder: a, capital: 100, votingRights: 100 }] }',
        '  x: { type: person, nationality: US, residence: US }',
        '',
      ].join('\n'),
    );
    // Votes are still a closed cycle: a and b hold every vote of one another.
    expect(errorOf(f).message).toMatch(
      /^cross-holding cycle with no holder outside it: the voting rights of `a` and `b`/,
    );
  });

  it('refuses shareholders on a person', () => {
    const e = errorOf(
      file(
        'person.yaml',
        '  p: { type: company }\n  x:\n    type: person\n    shareholders: [{ holder: p, capital: 10 }]\n',
      ),
    );
    expect(e.message).toBe('`x` is a person and cannot have shareholders: only companies and funds are held');
    expect([e.line, e.column]).toEqual([9, 5]);
  });

  it('says the same in French, with French typography', () => {
    const person = errorOf(
      file(
        'personne.yaml',
        '  p: { type: company }\n  x:\n    type: person\n    shareholders: [{ holder: p, capital: 10 }]\n',
      ),
    );
    expect(person.toString('fr')).toMatch(
      /: `x` est une personne et ne peut pas avoir d’actionnaires\u00a0: seules les sociétés et les fonds sont détenus$/,
    );
    const self = errorOf(file('soi.yaml', '  p: { type: company, shareholders: [{ holder: p, capital: 100 }] }\n'));
    expect(self.toString('fr')).toMatch(
      /: le capital de `p` est détenu à 100\u202f% par l’entité elle-même, si bien que personne ne la détient en dernier ressort\u00a0: indiquez ses autres actionnaires ou corrigez les pourcentages$/,
    );
    const many = Array.from(
      { length: 12 },
      (_, i) => `  c${i}: { type: company, shareholders: [{ holder: c${(i + 1) % 12}, votingRights: 100 }] }`,
    );
    const cycle = errorOf(
      file(
        'cycle-fr.yaml',
        `  p: { type: company, shareholders: [{ holder: c0, capital: 100 }] }\n${many.join('\n')}\n`,
      ),
    );
    expect(cycle.toString('fr')).toContain(
      ': participations croisées sans détenteur extérieur\u00a0: les droits de vote de `c0`, `c1`, `c2`, `c3`, `c4`, `c5`, `c6`, `c7`, `c8`, `c9` et 2 autres sont détenus à 100\u202f% les uns par les autres',
    );
    expect(cycle.toString('en')).toContain(
      'the voting rights of `c0`, `c1`, `c2`, `c3`, `c4`, `c5`, `c6`, `c7`, `c8`, `c9` and 2 more are held 100% by one another',
    );
  });
});
