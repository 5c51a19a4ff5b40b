// `snc rules list`, `snc rules show <id>` and `snc rules functions`: the built-in rules, and the checks a pack can name.

import { PackSet, DEFAULT_PROFILE } from '../../engine/select-rules.js';
import { builtinPackFiles } from '../../engine/load-packs.js';
import type { Rule } from '../../engine/types.js';
import { checks } from '../../checks/index.js';
import { translate } from '../../i18n/format.js';
import { InputError } from '../../load/input-error.js';
import type { Profile } from '../../model/description.js';
import { defaultLang, type CliIo } from '../io.js';

interface RulesFlags {
  lang?: 'en' | 'fr';
  profile?: Profile[];
}

export async function runRules(action: string, id: string | undefined, flags: RulesFlags, io: CliIo): Promise<number> {
  const lang = flags.lang ?? defaultLang(io.env);
  if (action === 'functions') {
    if (id !== undefined) throw new InputError('`snc rules functions` takes no argument');
    io.stdout.write(listFunctions());
    return 0;
  }
  const packs = new PackSet();
  const roots = flags.profile?.length ? flags.profile : [...builtinPackFiles().keys()];
  const rules = PackSet.rules(packs.resolve(roots.length ? roots : [DEFAULT_PROFILE]));
  if (action === 'list') {
    if (id !== undefined) throw new InputError(`\`snc rules list\` takes no rule id (did you mean \`snc rules show ${id}\`?)`);
    const width = Math.max(...rules.map((r) => r.id.length));
    for (const r of rules) io.stdout.write(`${r.id.padEnd(width)}  ${r.clauses.join(',').padEnd(14)} ${r.family.padEnd(14)} ${r.severity.padEnd(7)} ${r.title[lang]}\n`);
    return 0;
  }
  if (action === 'show') {
    if (!id) throw new InputError('`snc rules show` needs a rule id (see `snc rules list`)');
    const rule = rules.find((r) => r.id === id);
    if (!rule) throw new InputError(`no rule ${JSON.stringify(id)} (see \`snc rules list\`)`);
    io.stdout.write(showRule(rule, lang));
    return 0;
  }
  throw new InputError(`unknown action ${JSON.stringify(action)} for \`snc rules\` (expected list, show or functions)`);
}

function showRule(r: Rule, lang: 'en' | 'fr'): string {
  const label = (key: string) => translate(lang, `rules.label.${key}`);
  return [
    `${r.id} — ${r.title[lang]}`,
    '',
    `${label('clause')}: ${r.clauses.join(', ')}`,
    `${label('family')}: ${translate(lang, `family.${r.family}`)}`,
    `${label('severity')}: ${translate(lang, `severity.${r.severity}`)}`,
    `${label('pack')}: ${r.pack}`,
    `${label('check')}: ${r.check.fn} ${JSON.stringify(r.check.with)}`,
    '',
    `${label('rationale')}:`,
    `  ${r.rationale[lang]}`,
    '',
    `${label('remediation')}:`,
    `  ${r.remediation[lang]}`,
    '',
  ].join('\n');
}

interface ParameterSchema {
  description?: string;
  enum?: unknown[];
  default?: unknown;
  type?: string;
}

/** Every check function a pack may name in `check.fn`, with what it judges and its `with` parameters. */
function listFunctions(): string {
  const out: string[] = [];
  for (const fn of [...checks.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    out.push(`${fn.name} — ${fn.description}`);
    const params = (fn.parameters as { properties?: Record<string, ParameterSchema>; required?: string[] }) ?? {};
    for (const [name, p] of Object.entries(params.properties ?? {})) {
      const facts = [
        params.required?.includes(name) ? 'required' : undefined,
        p.enum ? `one of ${p.enum.join(', ')}` : p.type,
        p.default !== undefined ? `default ${JSON.stringify(p.default)}` : undefined,
      ].filter(Boolean);
      out.push(`  ${name} (${facts.join('; ')})${p.description ? `: ${p.description}` : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}
