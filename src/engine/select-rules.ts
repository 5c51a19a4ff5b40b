// Which rules run: the packs of the chosen profiles (and HDS for health data), their `extends`, and the user's packs.

import { InputError } from '../load/input-error.js';
import type { Description, Profile } from '../model/description.js';
import { builtinPackFiles, loadPack } from './load-packs.js';
import type { Rule, RulePack } from './types.js';

export const DEFAULT_PROFILE: Profile = 'secnumcloud-3.2';

/** The profiles a description is judged against: the options' if given, else its own, else the default; plus hds for health data. */
export function profilesFor(description: Description, requested?: Profile[]): Profile[] {
  const chosen: Profile[] = [...(requested?.length ? requested : description.profiles?.length ? description.profiles : [DEFAULT_PROFILE])];
  if (description.dataSensitivity === 'health' && !chosen.includes('hds')) chosen.push('hds');
  return chosen;
}

/** Loads packs once per process and resolves them with what they extend. */
export class PackSet {
  private readonly loaded = new Map<string, RulePack>();
  private readonly builtins = builtinPackFiles();

  /** A built-in pack by id, or a user's pack by file path. */
  pack(idOrFile: string): RulePack {
    const key = this.builtins.get(idOrFile) ?? idOrFile;
    let p = this.loaded.get(key);
    if (!p) {
      p = loadPack(key);
      this.loaded.set(key, p);
    }
    return p;
  }

  /** Packs in evaluation order (each after those it extends), no pack twice. */
  resolve(roots: string[]): RulePack[] {
    const out: RulePack[] = [];
    const seen = new Set<string>();
    const visit = (idOrFile: string, chain: string[]) => {
      const p = this.pack(idOrFile);
      if (chain.includes(p.pack)) throw new InputError(`rule pack ${p.pack} extends itself through ${chain.join(' → ')}`, { file: p.file });
      if (seen.has(p.pack)) return;
      for (const parent of p.extends ?? []) {
        if (!this.builtins.has(parent) && !this.loaded.has(parent))
          throw new InputError(`rule pack ${p.pack} extends \`${parent}\`, which is not a built-in pack`, { file: p.file });
        visit(parent, [...chain, p.pack]);
      }
      seen.add(p.pack);
      out.push(p);
    };
    for (const r of roots) visit(r, []);
    return out;
  }

  /** The rules of the given packs, refusing two rules with one id. */
  static rules(packs: RulePack[]): Rule[] {
    const byId = new Map<string, Rule>();
    for (const p of packs)
      for (const r of p.rules) {
        const other = byId.get(r.id);
        if (other) throw new InputError(`rule ${r.id} is defined twice, in packs ${other.pack} and ${p.pack}`, { file: p.file });
        byId.set(r.id, r);
      }
    return [...byId.values()];
  }
}
