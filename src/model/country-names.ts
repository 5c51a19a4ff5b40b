// What people write instead of an ISO 3166-1 alpha-2 code (names in English and French, aliases), from rules/data.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseData } from '../load/parse-data.js';
import { dataDir } from '../core/paths.js';
import { countryNames } from '../i18n/country-names.js';
import { closest } from './closest.js';

/** A name folded for matching: no accents, no case, words separated by single spaces, `&` read as "and". */
export const foldName = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

let index: Map<string, string> | undefined;

/** Folded name or alias → code. */
function nameIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  const aliases = (
    parseData(readFileSync(join(dataDir, 'country-aliases.yaml'), 'utf8')) as { aliases: Record<string, string> }
  ).aliases;
  for (const [code, n] of Object.entries(countryNames()))
    for (const name of [n.en, n.fr]) index.set(foldName(name), code);
  for (const [alias, code] of Object.entries(aliases)) index.set(foldName(alias), code);
  return index;
}

/** The country code and its English name that someone most likely meant by a text that is not a code, if any. */
export function suggestCountry(text: string): { code: string; name: string } | undefined {
  const all = countryNames();
  const found = (code: string | undefined) => (code === undefined ? undefined : { code, name: all[code]!.en });
  const upper = text.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && Object.prototype.hasOwnProperty.call(all, upper)) return found(upper);
  const folded = foldName(text);
  if (folded === '') return undefined;
  const known = nameIndex();
  const exact = known.get(folded) ?? known.get(folded.replace(/^the /, ''));
  if (exact !== undefined) return found(exact);
  // Two or three letters that are not a code are not a misspelt name: any code would be as near.
  if (folded.length <= 3) return undefined;
  const near = closest(folded, [...known.keys()]);
  const codes = new Set(near.map((n) => known.get(n)!));
  return codes.size === 1 ? found([...codes][0]) : undefined;
}
