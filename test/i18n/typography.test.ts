// French as a French reader expects it, and only what a client should read: typography of every French text of
// the catalogues, the built-in rule packs and `snc rules functions`; no research or confidence notes in any of them.
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/index.js';
import { builtinPackFiles } from '../../src/engine/load-packs.js';
import { PackSet } from '../../src/engine/select-rules.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { functionsFr } from '../../src/i18n/functions-fr.js';
import { translate } from '../../src/i18n/format.js';
import { elide, frenchTypography } from '../../src/i18n/typography.js';
import { fieldDocs } from '../../src/schema/field-docs.js';

const packs = new PackSet(checks).resolve([...builtinPackFiles().keys()]);
const rules = PackSet.rules(packs);

/** Every French text a person may read, by where it comes from, as snc prints it. */
const frenchTexts: [string, string][] = [
  ...Object.entries(fr).map(([id, text]): [string, string] => [`fr.ts ${id}`, frenchTypography(text)]),
  ...packs.map((p): [string, string] => [`${p.pack} title`, p.title.fr]),
  ...rules.flatMap((r) =>
    (['title', 'rationale', 'remediation', 'notes'] as const).flatMap((f): [string, string][] =>
      r[f] ? [[`${r.id} ${f}`, r[f].fr]] : [],
    ),
  ),
  ...Object.entries(functionsFr).flatMap(([name, f]): [string, string][] => [
    [`function ${name}`, frenchTypography(f.description)],
    ...Object.entries(f.parameters).map(([p, text]): [string, string] => [
      `function ${name} ${p}`,
      frenchTypography(text),
    ]),
  ]),
];
const outsideCode = (text: string) => text.replace(/`[^`\n]*`/g, '`…`');

describe('French typography', () => {
  it('sets no-break spaces and the apostrophe, and leaves code spans alone', () => {
    expect(frenchTypography("Exigence : l'UE ; « ou » ? oui ! 40 % `a: 'b' ;`")).toBe(
      "Exigence\u00a0: l’UE\u202f; «\u00a0ou\u00a0»\u202f? oui\u202f! 40\u202f% `a: 'b' ;`",
    );
    expect(frenchTypography('«au sein»')).toBe('«\u00a0au sein\u00a0»');
    expect(frenchTypography(frenchTypography('a : b ; « c »'))).toBe(frenchTypography('a : b ; « c »'));
  });

  it('holds in every French text: a no-break space before : ; ? ! and %, inside « », one apostrophe', () => {
    const problems = frenchTexts.flatMap(([where, text]) => {
      const prose = outsideCode(text);
      const found: string[] = [];
      for (const m of prose.matchAll(
        /(.{0,20})(?:[ ]([:;?!%»])|«[ ]|(?<![\s\u00a0\u202f])([:;?!»])(?=[\s\u00a0\u202f]|$)|\u202f:|\u00a0[;?!])/g,
      ))
        found.push(`${where}: …${m[0]}…`);
      if (prose.includes("'")) found.push(`${where}: an ASCII apostrophe`);
      return found;
    });
    expect(problems).toEqual([]);
  });
});

/** Words of research or confidence, which belong to a rule's notes for maintainers and auditors, in either language. */
const RESEARCH =
  /\b(un)?confirmed\b|not confirmed|\bunverified\b|to be (checked|verified|confirmed)|\bsecondary\b|secondaires?\b|\bconfidence\b|\buncertain\b|\bincertaine?s?\b|non (confirmée?s?|vérifiée?s?)|[àa] (confirmer|vérifier)|pas confirmée?s?|reportedly|apparently|apparemment|\bvaudrait\b|\btodo\b|\bfixme\b|\btbd\b|\bxxx\b/i;

/** The research words of some texts, as `where: word`. */
const researchIn = (texts: [string, string][]) =>
  texts.filter(([, text]) => RESEARCH.test(text)).map(([where, text]) => `${where}: ${RESEARCH.exec(text)![0]}`);

describe('texts a client reads', () => {
  const checkFunctions = Object.values(checks);
  const clientTexts: [string, string][] = [
    ...Object.entries(en).map(([id, text]): [string, string] => [`en.ts ${id}`, text]),
    ...Object.entries(fr).map(([id, text]): [string, string] => [`fr.ts ${id}`, text]),
    ...packs.flatMap((p): [string, string][] => [
      [`${p.pack} title.en`, p.title.en],
      [`${p.pack} title.fr`, p.title.fr],
    ]),
    ...rules.flatMap((r) =>
      (['title', 'rationale', 'remediation'] as const).flatMap((f): [string, string][] => [
        [`${r.id} ${f}.en`, r[f].en],
        [`${r.id} ${f}.fr`, r[f].fr],
      ]),
    ),
    ...checkFunctions.map((c): [string, string] => [`function ${c.name}`, c.description]),
    ...Object.entries(functionsFr).map(([name, f]): [string, string] => [`function ${name} fr`, f.description]),
    ...Object.entries(fieldDocs).flatMap(([path, d]): [string, string][] => [
      [`field ${path}.en`, d.text.en],
      [`field ${path}.fr`, d.text.fr],
    ]),
  ];

  it('cover every rule text, catalogue and field doc, in both languages', () => {
    expect(rules.length).toBeGreaterThan(15);
    for (const r of rules.slice(0, 3))
      for (const f of ['title', 'rationale', 'remediation'])
        for (const lang of ['en', 'fr']) expect(clientTexts.map(([w]) => w)).toContain(`${r.id} ${f}.${lang}`);
    expect(clientTexts.filter(([w]) => w.startsWith('field ')).length).toBeGreaterThan(100);
  });

  it('hold no research or confidence note (they go to the rule notes, which only `snc rules show` prints)', () => {
    expect(researchIn(clientTexts)).toEqual([]);
  });

  it('would catch the notes that were once in a rationale, in English and in French', () => {
    const cdc = rules.find((r) => r.id === 'CDC-QUALIFICATION-VALID')!;
    expect(
      researchIn([
        ['notes.en', cdc.notes!.en],
        ['notes.fr', cdc.notes!.fr],
      ]),
    ).toEqual(['notes.en: secondary', 'notes.fr: secondaires']);
    expect(
      researchIn([
        ['a', 'Secondary source, UNCONFIRMED'],
        ['b', 'Lecture non vérifiée, à confirmer'],
        ['c', 'The wording is not confirmed against the official text'],
        ['d', 'Source secondaire'],
        ['e', 'A customer who relies on the offer'],
        ['f', 'Cloud de confiance, les données confiées'],
      ]),
    ).toEqual(['a: Secondary', 'b: non vérifiée', 'c: not confirmed', 'd: secondaire']);
  });

  it('never stand "(s)" or "(e)" for a plural or a gender', () => {
    expect(clientTexts.filter(([, text]) => /\((s|e|es|x)\)|\bun\(e\)/.test(text)).map(([where]) => where)).toEqual([]);
  });
});

describe('French elision before a name', () => {
  it('elides de, le, la and que before a vowel, not before a consonant, a digit or an h', () => {
    expect(elide('Contrôle conjoint de ', 'Edge Cloud')).toBe('Contrôle conjoint d’Edge Cloud');
    expect(elide('De ', 'Orange')).toBe('D’Orange');
    expect(elide('vers le ', 'Ouest')).toBe('vers l’Ouest');
    expect(elide('si bien que ', 'Offshore Ops')).toBe('si bien qu’Offshore Ops');
    expect(elide('de ', 'Écume')).toBe('d’Écume');
    expect(elide('de ', 'Hyperscale')).toBe('de Hyperscale');
    expect(elide('plus de ', '40 %')).toBe('plus de 40 %');
    expect(elide('Capital de ', 'Scaleway')).toBe('Capital de Scaleway');
    expect(elide('monde ', 'Edge')).toBe('monde Edge');
  });

  it('is applied to every name the French catalogue places after de, le, la or que', () => {
    expect(translate('fr', 'report.document-title', { offer: 'Edge Cloud' })).toBe(
      'Conformité SecNumCloud d’Edge Cloud',
    );
    expect(
      translate('fr', 'ownership.graph.describe-edge', {
        holder: 'Alpha',
        share: { percent: 40 },
        held: 'Offshore Ops',
      }),
    ).toBe('Alpha détient 40\u202f% d’Offshore Ops');
    expect(
      translate('fr', 'ownership.control.joint', { entity: 'Edge SA', holders: { list: ['A', 'B'] }, controller: 'A' }),
    ).toMatch(/^Contrôle conjoint d’Edge SA par /);
    expect(translate('fr', 'report.document-title', { offer: 'Scaleway' })).toBe('Conformité SecNumCloud de Scaleway');
    expect(translate('en', 'report.document-title', { offer: 'Edge Cloud' })).toBe(
      'SecNumCloud readiness of Edge Cloud',
    );
  });
});
