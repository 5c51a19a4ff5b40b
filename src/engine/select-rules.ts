// Which rules run: the packs of the chosen profiles (and HDS for health data), their `extends`, and the user's packs.

import { resolve } from 'node:path';
import { clip } from '../core/clip.js';
import { InputError, type Localized } from '../core/input-error.js';
import type { Description, Profile } from '../model/description.js';
import { builtinPackFiles, loadPack } from './load-packs.js';
import type { CheckRegistry, Rule, RulePack } from './types.js';
import { inLang } from '../i18n/format.js';

export const DEFAULT_PROFILE: Profile = 'secnumcloud-3.2';

/** The profiles a description is judged against: the options' if given, else its own, else the default; plus hds for health data. */
export function profilesFor(description: Description, requested?: Profile[]): Profile[] {
  const chosen: Profile[] = [
    ...(requested?.length ? requested : description.profiles?.length ? description.profiles : [DEFAULT_PROFILE]),
  ];
  if (description.dataSensitivity === 'health' && !chosen.includes('hds')) chosen.push('hds');
  return chosen;
}

/** An InputError at a pointer of a pack file. */
const at = (p: RulePack, ptr: string, message: Localized) =>
  new InputError(message, { file: p.file, ...p.locate?.(ptr) });

/**
 * Loads packs once per process and resolves them with what they extend. Pack ids are unique: a user's pack that
 * takes the id of a built-in pack, or of another pack it loaded from another file, is refused (it would otherwise
 * stand in for it, or be skipped).
 */
export class PackSet {
  private readonly loaded = new Map<string, RulePack>();
  private readonly byId = new Map<string, RulePack>();
  private readonly builtins = builtinPackFiles();

  /** `checks`: the check functions the packs may name. */
  constructor(private readonly checks: CheckRegistry) {}

  /** A built-in pack by id, or a user's pack by file path (or by the id of a pack already loaded from a file). */
  pack(idOrFile: string): RulePack {
    const builtin = this.builtins.get(idOrFile);
    const known = builtin === undefined ? this.byId.get(idOrFile) : undefined;
    if (known) return known;
    const key = builtin ?? resolve(idOrFile);
    let p = this.loaded.get(key);
    if (!p) {
      p = loadPack(builtin ?? idOrFile, this.checks);
      const builtinFile = this.builtins.get(p.pack);
      const other = this.byId.get(p.pack);
      if (builtin === undefined && builtinFile !== undefined && resolve(builtinFile) !== key)
        throw at(p, '/pack', inLang('input.pack.builtin-id', { id: p.pack, file: builtinFile }));
      if (other) throw at(p, '/pack', inLang('input.pack.same-id', { id: clip(p.pack), file: other.file }));
      this.loaded.set(key, p);
      this.byId.set(p.pack, p);
    }
    return p;
  }

  /** Packs in evaluation order (each after those it extends), no pack twice. Every root is loaded first, so a pack may extend another given beside it. */
  resolve(roots: string[]): RulePack[] {
    const top = roots.map((r) => this.pack(r));
    const out: RulePack[] = [];
    const seen = new Set<string>();
    const visit = (p: RulePack, chain: RulePack[]) => {
      if (seen.has(p.pack)) return;
      (p.extends ?? []).forEach((parent, i) => {
        const ptr = `/extends/${i}`;
        const cycle = chain.findIndex((q) => q.pack === parent);
        if (parent === p.pack || cycle >= 0)
          throw at(
            p,
            ptr,
            inLang('input.pack.extends-itself', {
              pack: clip(p.pack),
              chain: `${[...chain.slice(Math.max(0, cycle)), p].map((q) => clip(q.pack)).join(' → ')} → ${clip(parent)}`,
            }),
          );
        if (!this.builtins.has(parent) && !this.byId.has(parent))
          throw at(
            p,
            ptr,
            inLang('input.pack.extends-unknown', {
              pack: clip(p.pack),
              parent: clip(parent),
              builtins: [...this.builtins.keys()].join(', '),
            }),
          );
        visit(this.pack(parent), [...chain, p]);
      });
      seen.add(p.pack);
      out.push(p);
    };
    for (const p of top) visit(p, []);
    return out;
  }

  /** The rules of the given packs, refusing two rules with one id (at the second, naming both packs and files). */
  static rules(packs: RulePack[]): Rule[] {
    const byId = new Map<string, { rule: Rule; pack: RulePack }>();
    for (const p of packs)
      p.rules.forEach((r, i) => {
        const other = byId.get(r.id);
        if (other)
          throw at(
            p,
            `/rules/${i}/id`,
            inLang('input.pack.rule-twice', {
              rule: clip(r.id),
              pack: clip(other.pack.pack),
              file: other.pack.file,
              other: clip(p.pack),
            }),
          );
        byId.set(r.id, { rule: r, pack: p });
      });
    return [...byId.values()].map((v) => v.rule);
  }
}
