// `snc rules list`, `snc rules show <id>` and `snc rules functions`: the built-in rules, and the checks a pack can name.

import { PackSet, DEFAULT_PROFILE } from '../../engine/select-rules.js';
import { builtinPackFiles } from '../../engine/load-packs.js';
import type { Rule } from '../../engine/types.js';
import { checks } from '../../checks/index.js';
import type { IdsAfter } from '../../i18n/en.js';
import { inLang, translate } from '../../i18n/format.js';
import { functionsFr } from '../../i18n/functions-fr.js';
import { frenchTypography } from '../../i18n/typography.js';
import { InputError } from '../../core/input-error.js';
import type { Profile } from '../../model/description.js';
import { neutral } from '../../core/neutral.js';
import { defaultLang, type CliIo } from '../io.js';

export interface RulesFlags {
  lang?: 'en' | 'fr';
  profile?: Profile[];
}

export function runRules(action: string, id: string | undefined, flags: RulesFlags, io: CliIo): number {
  const lang = flags.lang ?? defaultLang(io.env);
  if (action === 'functions') {
    if (id !== undefined) throw new InputError(inLang('cli.rules.functions-no-argument'));
    io.stdout.write(listFunctions(lang));
    return 0;
  }
  const packs = new PackSet(checks);
  const roots = flags.profile?.length ? flags.profile : [...builtinPackFiles().keys()];
  const rules = PackSet.rules(packs.resolve(roots.length ? roots : [DEFAULT_PROFILE]));
  if (action === 'list') {
    if (id !== undefined) throw new InputError(inLang('cli.rules.list-no-id', { id }));
    const rows = rules.map((r) =>
      [
        r.id,
        r.clauses.join(', '),
        translate(lang, `family.${r.family}`),
        translate(lang, `severity.${r.severity}`),
        r.title[lang],
      ].map(neutral),
    );
    const widths = [0, 1, 2, 3].map((col) => Math.max(...rows.map((row) => [...row[col]!].length)));
    for (const row of rows)
      io.stdout.write(`${row.map((cell, col) => (col < 4 ? cell.padEnd(widths[col]!) : cell)).join('  ')}\n`);
    return 0;
  }
  if (action === 'show') {
    if (!id) throw new InputError(inLang('cli.rules.show-needs-id'));
    const rule = rules.find((r) => r.id === id);
    if (!rule) throw new InputError(inLang('cli.rules.no-rule', { id: JSON.stringify(id) }));
    io.stdout.write(showRule(rule, lang));
    return 0;
  }
  throw new InputError(inLang('cli.rules.unknown-action', { action: JSON.stringify(action) }));
}

type Label = IdsAfter<'rules.label.'>;

/** A rule in full; its texts come from a rule pack, so each line is neutral text. */
function showRule(r: Rule, lang: 'en' | 'fr'): string {
  const label = (key: Label) => translate(lang, `rules.label.${key}`);
  const heading = (key: Label) => translate(lang, 'rules.heading', { label: label(key) });
  const labelled = (key: Label, value: string) => translate(lang, 'report.labelled', { label: label(key), value });
  return [
    `${r.id} — ${r.title[lang]}`,
    '',
    labelled('clause', r.clauses.join(', ')),
    labelled('family', translate(lang, `family.${r.family}`)),
    labelled('severity', translate(lang, `severity.${r.severity}`)),
    labelled('pack', r.pack),
    labelled('check', `${r.check.fn} ${JSON.stringify(r.check.with)}`),
    '',
    heading('rationale'),
    `  ${r.rationale[lang]}`,
    '',
    heading('remediation'),
    `  ${r.remediation[lang]}`,
    '',
    ...(r.notes ? [heading('notes'), `  ${r.notes[lang]}`, ''] : []),
  ]
    .map(neutral)
    .join('\n');
}

type JsonType = IdsAfter<'rules.function.type.'>;

interface ParameterSchema {
  description?: string;
  enum?: unknown[];
  default?: unknown;
  type?: JsonType;
}

/** Every check function a pack may name in `check.fn`, with what it judges and its `with` parameters. */
function listFunctions(lang: 'en' | 'fr'): string {
  const t = (id: IdsAfter<'rules.function.'>, values?: Record<string, string>) =>
    translate(lang, `rules.function.${id}`, values);
  const out: string[] = [];
  for (const fn of [...checks.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const texts = lang === 'fr' ? functionsFr[fn.name] : undefined;
    const text = (s: string) => (lang === 'fr' ? frenchTypography(s) : s);
    out.push(`${fn.name} — ${text(texts?.description ?? fn.description)}`);
    const params = (fn.parameters as { properties?: Record<string, ParameterSchema>; required?: string[] }) ?? {};
    for (const [name, p] of Object.entries(params.properties ?? {})) {
      const facts = [
        params.required?.includes(name) ? t('required') : undefined,
        p.enum ? t('one-of', { values: p.enum.join(', ') }) : p.type ? t(`type.${p.type}`) : undefined,
        p.default !== undefined ? t('default', { value: JSON.stringify(p.default) }) : undefined,
      ].filter(Boolean);
      const description = texts?.parameters[name] ?? p.description;
      out.push(
        `  ${name} (${facts.join(lang === 'fr' ? '\u202f; ' : '; ')})${description ? translate(lang, 'rules.function.described', { text: text(description) }) : ''}`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
