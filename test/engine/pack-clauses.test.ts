// A rule may cite several clauses: the pack gives `clauses`, and every result and format carries all of them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/api.js';
import { checks } from '../../src/checks/index.js';
import { loadPack } from '../../src/engine/load-packs.js';
import { loadFormatter } from '../../src/report/index.js';

const here = (f: string) => join(import.meta.dirname, 'fixtures', f);
const description = join(import.meta.dirname, '../../fixtures/rules/SNC-19.2-SUPPORT/fail.yaml');

describe('clauses of a rule', () => {
  it('loads `clauses` with its first clause as `clause`', () => {
    const [rule] = loadPack(here('two-clauses.yaml'), checks).rules;
    expect(rule).toMatchObject({ clause: '19.2.e', clauses: ['19.2.e', '9.7.d'] });
  });

  it('reads a single `clause` as a list of one', () => {
    const rule = loadPack(join(import.meta.dirname, '../../fixtures/packs/france-only.yaml'), checks).rules[0]!;
    expect(rule).toMatchObject({ clause: '19.2.b', clauses: ['19.2.b'] });
  });

  it('refuses both, or neither, at the rule', () => {
    expect(() => loadPack(here('both.yaml'), checks)).toThrow(
      /rules\.0: give `clause` \(one clause\) or `clauses` \(a list\), not both/,
    );
    expect(() => loadPack(here('none.yaml'), checks)).toThrow(
      /rules\.0: missing the required field `clause` \(or `clauses`, a list of clauses\)/,
    );
  });

  it('carries every clause into results and every format', async () => {
    const report = check([description], {
      rulePacks: [here('two-clauses.yaml')],
      date: '2026-11-23',
      timestamp: false,
    });
    const result = report.results.find((r) => r.ruleId === 'ORG-SUPPORT')!;
    expect(result).toMatchObject({ status: 'fail', clause: '19.2.e', clauses: ['19.2.e', '9.7.d'] });
    expect(report.rules.find((r) => r.id === 'ORG-SUPPORT')).toMatchObject({ clauses: ['19.2.e', '9.7.d'] });
    const sarif = JSON.parse((await loadFormatter('sarif'))(report, { color: false }));
    const descriptor = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'ORG-SUPPORT');
    expect(descriptor.properties.tags).toEqual(expect.arrayContaining(['clause-19.2.e', 'clause-9.7.d']));
    expect(descriptor.properties.clauses).toEqual(['19.2.e', '9.7.d']);
    for (const format of ['text', 'junit', 'markdown', 'html'] as const) {
      const out = (await loadFormatter(format))(report, { color: false });
      expect(out, format).toContain('19.2.e, 9.7.d');
    }
    // A workflow command's properties escape their commas.
    expect((await loadFormatter('github'))(report, { color: false })).toContain('title=ORG-SUPPORT (19.2.e%2C 9.7.d)');
  });
});
