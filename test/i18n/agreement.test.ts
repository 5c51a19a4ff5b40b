// Every catalogue message rendered with 0, 1 and 2 for each count it holds, in both languages: the words agree with
// the count (French 0 and 1 singular, English only 1), no "(s)" stands in for a plural, and every message renders.
import { describe, expect, it } from 'vitest';
import { en, type MessageId } from '../../src/i18n/en.js';
import { translate } from '../../src/i18n/format.js';
import { fr } from '../../src/i18n/fr.js';
import { parseTemplate, placeholdersOf, pluralCategory, type Part } from '../../src/i18n/message-format.js';
import type { Lang, MessageValue } from '../../src/i18n/types.js';

const catalogues: Record<Lang, Record<string, string>> = { en, fr };
const ids = Object.keys(en) as MessageId[];
const COUNTS = [0, 1, 2] as const;

/** The branch keys of every select on a placeholder, so each branch is rendered at least once. */
function selectKeys(template: string, name: string): string[] {
  const keys = new Set<string>();
  const walk = (parts: Part[]) => {
    for (const p of parts)
      if (typeof p !== 'string' && 'branches' in p) {
        if (p.kind === 'select' && p.name === name) for (const k of Object.keys(p.branches)) keys.add(k);
        for (const b of Object.values(p.branches)) walk(b);
      }
  };
  walk(parseTemplate(template));
  return [...keys];
}

/** Values for a message: every count at `n` (lists of n items when the count is a list), other values plain text. */
function valuesFor(
  template: string,
  counted: string | null,
  n: number,
  select: Record<string, string> = {},
): Record<string, MessageValue> {
  const kinds = new Map<string, Set<string>>();
  for (const p of placeholdersOf(template)) kinds.set(p.name, (kinds.get(p.name) ?? new Set()).add(p.kind));
  const values: Record<string, MessageValue> = {};
  for (const [name, k] of kinds) {
    const count = name === counted ? n : 7;
    if (k.has('select')) values[name] = { terms: [select[name] ?? 'entity.company'] };
    else if (k.has('plural') && k.has('value'))
      values[name] = { list: Array.from({ length: count }, (_, i) => `item${i + 1}`) };
    else if (k.has('plural') || k.has('number')) values[name] = count;
    else values[name] = `‹${name}›`;
  }
  return values;
}

/** The text with the count written as N, so that renderings with different counts compare word for word. */
const normalised = (text: string, n: number) =>
  text.replace(new RegExp(`(?<![\\w.,])${n}(?![\\w.,])`, 'g'), 'N').replace(/item\d/g, 'item');

describe('plural categories', () => {
  it('are singular for 0 and 1 in French, for 1 only in English', () => {
    expect(COUNTS.map((n) => pluralCategory(n, 'fr'))).toEqual(['one', 'one', 'other']);
    expect(COUNTS.map((n) => pluralCategory(n, 'en'))).toEqual(['other', 'one', 'other']);
    expect(pluralCategory(1.5, 'fr')).toBe('one');
    expect(pluralCategory(1.5, 'en')).toBe('other');
  });

  it('agree in real messages: 0 dérogation, 1 indéterminé, 2 jours; 0 waived, 1 day, 2 days', () => {
    const summary = (n: number, lang: Lang) =>
      translate(lang, 'report.summary', { total: n, pass: n, fail: n, unknown: n, notApplicable: n, waived: n });
    expect(summary(0, 'fr')).toBe(
      '0 résultat\u00a0: 0 conforme, 0 non conforme, 0 indéterminé, 0 non applicable, 0 dérogation',
    );
    expect(summary(1, 'fr')).toBe(
      '1 résultat\u00a0: 1 conforme, 1 non conforme, 1 indéterminé, 1 non applicable, 1 dérogation',
    );
    expect(summary(2, 'fr')).toBe(
      '2 résultats\u00a0: 2 conformes, 2 non conformes, 2 indéterminés, 2 non applicables, 2 dérogations',
    );
    expect(summary(0, 'en')).toBe('0 results: 0 passed, 0 failed, 0 unknown, 0 not applicable, 0 waived');
    expect(summary(1, 'en')).toBe('1 result: 1 passed, 1 failed, 1 unknown, 1 not applicable, 1 waived');
    expect(translate('en', 'change-notice.pass', { days: 1, max: 30 })).toContain('within 1 day (at most 30)');
    expect(translate('fr', 'change-notice.fail', { days: 2, max: 1 })).toContain(
      'sous 2 jours, au-delà du 1 jour admis',
    );
    expect(translate('fr', 'entity-seats.unknown', { entity: 'X', fields: { terms: ['nationality'] } })).toBe(
      'X\u00a0: ses sièges ne peuvent être situés, information manquante\u00a0: nationalité',
    );
    expect(
      translate('fr', 'entity-seats.unknown', { entity: 'X', fields: { terms: ['nationality', 'residence'] } }),
    ).toBe('X\u00a0: ses sièges ne peuvent être situés, informations manquantes\u00a0: nationalité et résidence');
    expect(translate('fr', 'report.glance', { notMet: 0, toProvide: 1, met: 2 })).toBe(
      '0 exigence n’est pas satisfaite, 1 attend des faits pour être évaluée, 2 sont satisfaites.',
    );
    expect(translate('en', 'report.glance', { notMet: 1, toProvide: 0, met: 2 })).toBe(
      '1 requirement is not met, 0 need facts to be judged, 2 met.',
    );
  });

  it('choose a gender: a person is « une personne physique », a State « un État »', () => {
    expect(
      translate('fr', 'foreign-board-majority.not-applicable', {
        provider: 'M. Dupont',
        type: { terms: ['entity.person'] },
      }),
    ).toBe('M. Dupont est une personne physique, sans conseil');
    expect(
      translate('fr', 'foreign-board-majority.not-applicable', {
        provider: 'France',
        type: { terms: ['entity.state'] },
      }),
    ).toBe('France est un État, sans conseil');
  });

  it('refuse a number written without plural or number, and a plural given text', () => {
    expect(() => translate('en', 'report.labelled', { label: 'x', value: 3 })).toThrow(/without plural or number/);
    expect(() => translate('en', 'change-notice.pass', { days: 'three', max: 30 })).toThrow(/needs a number or a list/);
  });
});

describe('every catalogue message', () => {
  for (const lang of ['en', 'fr'] as const)
    it(`renders in ${lang} with 0, 1 and 2 for each count, and its words agree with the count`, () => {
      const problems: string[] = [];
      for (const id of ids) {
        const template = catalogues[lang][id]!;
        const counts = placeholdersOf(template)
          .filter((p) => p.kind === 'plural' || p.kind === 'number')
          .map((p) => p.name);
        const selects = placeholdersOf(template)
          .filter((p) => p.kind === 'select')
          .map((p) => p.name);
        for (const name of selects)
          for (const key of selectKeys(template, name)) {
            const text = translate(
              lang,
              id,
              valuesFor(template, null, 0, { [name]: key === 'other' ? 'entity.company' : key }),
            );
            if (/\((s|e|es|x)\)/.test(text)) problems.push(`${id} [${name}=${key}]: ${text}`);
          }
        for (const name of counts.length ? counts : [null]) {
          const texts = COUNTS.map((n) => translate(lang, id, valuesFor(template, name, n)));
          // A counted list is never empty: its 0 rendering is not compared.
          const list = name !== null && placeholdersOf(template).some((p) => p.name === name && p.kind === 'value');
          for (const text of texts)
            if (/\((s|e|es|x)\)|\bun\(e\)/.test(text)) problems.push(`${id}: "(s)" instead of a plural: ${text}`);
          if (name === null || !placeholdersOf(template).some((p) => p.name === name && p.kind === 'plural')) continue;
          const [zero, one, two] = texts.map((text, n) => normalised(text, n));
          // The count's own category decides: French 0 reads like 1, English 0 like 2; and 1 and 2 read apart in English.
          if (lang === 'fr' && zero !== one && !list)
            problems.push(`${id} {${name}}: 0 should read like 1 in French: "${texts[0]}" / "${texts[1]}"`);
          if (lang === 'en' && zero !== two && !list)
            problems.push(`${id} {${name}}: 0 should read like 2 in English: "${texts[0]}" / "${texts[2]}"`);
          if (lang === 'en' && one === two) problems.push(`${id} {${name}}: 1 and 2 read the same: "${texts[1]}"`);
        }
      }
      expect(problems).toEqual([]);
    });

  it('names the same placeholders in English and French, a count as a count in both', () => {
    // A number is a count in both; a list may be counted in one language (French agrees with it) and not the other.
    const uses = (template: string) => {
      const ps = placeholdersOf(template);
      const isList = (name: string) => ps.some((p) => p.name === name && p.kind === 'value');
      return [
        ...new Set(
          ps.map(
            (p) => `${p.name}:${(p.kind === 'plural' || p.kind === 'number') && !isList(p.name) ? 'count' : 'value'}`,
          ),
        ),
      ]
        .sort()
        .join(' ');
    };
    const mismatched = ids
      .filter((id) => uses(en[id]) !== uses(fr[id]))
      .map((id) => `${id}: ${uses(en[id])} / ${uses(fr[id])}`);
    expect(mismatched).toEqual([]);
  });
});
