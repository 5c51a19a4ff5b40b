// EU and EEA membership by date, and country names, read from rules/data (never a list inside a check).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseData as parse } from '../load/parse-data.js';
import { dataDir } from '../core/paths.js';
import type { Lang } from '../i18n/types.js';
import { countryName, isCountry } from '../i18n/country-names.js';

interface Membership {
  joined: string;
  left?: string;
}

interface RegionsData {
  eu: {
    members: Record<string, Membership>;
    territories: Record<string, { of: string; joined?: string; left?: string }>;
  };
  eea: { members: Record<string, Membership> };
}

/** Reference data on countries: which exist, their names, and which belong to the EU or EEA on a date. */
export interface Regions {
  isCountry(code: string): boolean;
  countryName(code: string, lang: Lang): string;
  /** Is this country (or territory) part of the European Union on that date (YYYY-MM-DD)? */
  inEu(code: string, date: string): boolean;
  /** Is it part of the European Economic Area on that date? */
  inEea(code: string, date: string): boolean;
}

const memberOn = (m: Membership | undefined, date: string): boolean =>
  m !== undefined && m.joined <= date && (m.left === undefined || date <= m.left);

let cached: Regions | undefined;

/** The regions of rules/data, read once per process. */
export function regions(): Regions {
  if (cached) return cached;
  const data = parse(readFileSync(join(dataDir, 'regions.yaml'), 'utf8')) as RegionsData;
  const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  const inEu = (code: string, date: string): boolean => {
    if (has(data.eu.members, code)) return memberOn(data.eu.members[code], date);
    if (!has(data.eu.territories, code)) return false;
    const t = data.eu.territories[code]!;
    const own = (t.joined === undefined || t.joined <= date) && (t.left === undefined || date <= t.left);
    return own && memberOn(data.eu.members[t.of], date);
  };
  cached = {
    isCountry,
    countryName,
    inEu,
    inEea: (code, date) =>
      inEu(code, date) || memberOn(has(data.eea.members, code) ? data.eea.members[code] : undefined, date),
  };
  return cached;
}
