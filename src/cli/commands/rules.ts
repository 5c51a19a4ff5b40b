// `snc rules list` and `snc rules show <id>`: the rules of the built-in packs, in the chosen language.

import { PackSet, DEFAULT_PROFILE } from '../../engine/select-rules.js';
import { builtinPackFiles } from '../../engine/load-packs.js';
import type { Rule } from '../../engine/types.js';
import { InputError } from '../../load/input-error.js';
import type { Profile } from '../../model/description.js';
import { defaultLang, type CliIo } from '../io.js';

interface RulesFlags {
  lang?: 'en' | 'fr';
  profile?: Profile[];
}

export async function runRules(action: string, id: string | undefined, flags: RulesFlags, io: CliIo): Promise<number> {
  const lang = flags.lang ?? defaultLang(io.env);
  const packs = new PackSet();
  const roots = flags.profile?.length ? flags.profile : [...builtinPackFiles().keys()];
  const rules = PackSet.rules(packs.resolve(roots.length ? roots : [DEFAULT_PROFILE]));
  if (action === 'list') {
    if (id !== undefined) throw new InputError(`\`snc rules list\` takes no rule id (did you mean \`snc rules show ${id}\`?)`);
    const width = Math.max(...rules.map((r) => r.id.length));
    for (const r of rules) io.stdout.write(`${r.id.padEnd(width)}  ${r.clause.padEnd(14)} ${r.family.padEnd(14)} ${r.severity.padEnd(7)} ${r.title[lang]}\n`);
    return 0;
  }
  if (action === 'show') {
    if (!id) throw new InputError('`snc rules show` needs a rule id (see `snc rules list`)');
    const rule = rules.find((r) => r.id === id);
    if (!rule) throw new InputError(`no rule ${JSON.stringify(id)} (see \`snc rules list\`)`);
    io.stdout.write(showRule(rule, lang));
    return 0;
  }
  throw new InputError(`unknown action ${JSON.stringify(action)} for \`snc rules\` (expected list or show)`);
}

function showRule(r: Rule, lang: 'en' | 'fr'): string {
  const label = lang === 'fr'
    ? { clause: 'Exigence', family: 'Famille', severity: 'Sévérité', pack: 'Référentiel', rationale: 'Justification', remediation: 'Remédiation', check: 'Contrôle' }
    : { clause: 'Clause', family: 'Family', severity: 'Severity', pack: 'Pack', rationale: 'Rationale', remediation: 'Remediation', check: 'Check' };
  return [
    `${r.id} — ${r.title[lang]}`,
    '',
    `${label.clause}: ${r.clause}`,
    `${label.family}: ${r.family}`,
    `${label.severity}: ${r.severity}`,
    `${label.pack}: ${r.pack}`,
    `${label.check}: ${r.check.fn} ${JSON.stringify(r.check.with)}`,
    '',
    `${label.rationale}:`,
    `  ${r.rationale[lang]}`,
    '',
    `${label.remediation}:`,
    `  ${r.remediation[lang]}`,
    '',
  ].join('\n');
}
