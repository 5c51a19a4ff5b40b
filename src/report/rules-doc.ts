// docs/rules.md: every built-in rule with its clauses, texts in English and French; SARIF's helpUri points into it.

import { checks } from '../checks/index.js';
import { builtinPackFiles } from '../engine/load-packs.js';
import { PackSet } from '../engine/select-rules.js';
import type { Rule } from '../engine/types.js';
import { translate } from '../i18n/format.js';
import { escapeMarkdown as md } from './escape.js';
import { headingAnchor } from './rule-links.js';

/** The built-in rules, each once, in pack order. */
export function builtinRules(): Rule[] {
  const packs = new PackSet(checks).resolve([...builtinPackFiles().keys()]);
  const seen = new Set<string>();
  return PackSet.rules(packs).filter((r) => !seen.has(r.id) && seen.add(r.id));
}

function ruleEntry(r: Rule): string[] {
  const meta = (lang: 'en' | 'fr') =>
    [
      `${translate(lang, 'rules.label.clause')} ${r.clauses.join(', ')}`,
      `${translate(lang, 'rules.label.family')} ${translate(lang, `family.${r.family}`)}`,
      `${translate(lang, 'rules.label.severity')} ${translate(lang, `severity.${r.severity}`)}`,
      `${translate(lang, 'rules.label.pack')} ${r.pack}`,
    ].join(' · ');
  const texts = (lang: 'en' | 'fr') => [
    `**${md(r.title[lang])}** — ${md(meta(lang))}`,
    '',
    md(r.rationale[lang]),
    '',
    translate(lang, 'report.labelled', {
      label: `**${md(translate(lang, 'rules.label.remediation'))}**`,
      value: md(r.remediation[lang]),
    }),
    '',
  ];
  return [
    `### ${r.id}`,
    '',
    ...texts('en'),
    '<details lang="fr"><summary>Français</summary>',
    '',
    ...texts('fr'),
    '</details>',
    '',
  ];
}

/** The text of docs/rules.md, generated from the built-in packs. */
export function rulesDoc(): string {
  const rules = builtinRules();
  const anchors = new Set(rules.map((r) => headingAnchor(r.id)));
  if (anchors.size !== rules.length) throw new Error('two rule ids give the same anchor in docs/rules.md');
  const out = [
    '# The rules of snc',
    '',
    '<!-- Generated from the rule packs (npx vitest run test/report/rules-doc.test.ts -u): do not edit by hand. -->',
    '',
    'Every built-in rule: the clauses it cites, its family and severity, what it asks and why, and what to do when it is',
    'not met. Each heading is a rule id; the SARIF report links every rule here (`helpUri`). `snc rules show ID` prints',
    'the same, with the sources of its reading.',
    '',
  ];
  for (const pack of [...new Set(rules.map((r) => r.pack))]) {
    out.push(`## ${pack}`, '');
    for (const r of rules.filter((x) => x.pack === pack)) out.push(...ruleEntry(r));
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
