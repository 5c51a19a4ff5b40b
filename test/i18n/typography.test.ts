// French as a French reader expects it, and only what a client should read: typography of every French text of
// the catalogues, the built-in rule packs and `snc rules functions`; no research or confidence notes in any of them.
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/index.js';
import { builtinPackFiles } from '../../src/engine/load-packs.js';
import { PackSet } from '../../src/engine/select-rules.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { functionsFr } from '../../src/i18n/functions-fr.js';
import { frenchTypography } from '../../src/i18n/typography.js';

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

describe('texts a client reads', () => {
  const clientTexts: [string, string][] = [
    ...Object.entries(en).map(([id, text]): [string, string] => [`en.ts ${id}`, text]),
    ...Object.entries(fr).map(([id, text]): [string, string] => [`fr.ts ${id}`, text]),
    ...rules.flatMap((r) =>
      (['title', 'rationale', 'remediation'] as const).flatMap((f): [string, string][] => [
        [`${r.id} ${f}.en`, r[f].en],
        [`${r.id} ${f}.fr`, r[f].fr],
      ]),
    ),
  ];

  it('hold no research or confidence note (they go to the rule notes, which only `snc rules show` prints)', () => {
    const research =
      /\b(un)?confirmed\b|not confirmed|\bsecondary\b|secondaire|confirmer|confirmé|reportedly|\bvaudrait\b|\btodo\b|\bfixme\b|\btbd\b/i;
    expect(
      clientTexts
        .filter(([, text]) => research.test(text))
        .map(([where, text]) => `${where}: ${research.exec(text)![0]}`),
    ).toEqual([]);
  });

  it('never stand "(s)" or "(e)" for a plural or a gender', () => {
    expect(clientTexts.filter(([, text]) => /\((s|e|es|x)\)|\bun\(e\)/.test(text)).map(([where]) => where)).toEqual([]);
  });
});
