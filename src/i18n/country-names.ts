// Country display names: the ISO 3166-1 alpha-2 codes of rules/data and their names in English and French.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseData } from '../load/parse-data.js';
import { dataDir } from '../core/paths.js';
import type { Lang } from './types.js';

type Names = Record<string, Record<Lang, string>>;

let names: Names | undefined;
/** Country names by code, in the order of the data file, read once. */
export const countryNames = (): Names =>
  (names ??= (parseData(readFileSync(join(dataDir, 'countries.yaml'), 'utf8')) as { countries: Names }).countries);

/** Is this an ISO 3166-1 alpha-2 code? */
export const isCountry = (code: string): boolean => Object.prototype.hasOwnProperty.call(countryNames(), code);

/** The name of a country in a language; the code itself when it is not one. */
export const countryName = (code: string, lang: Lang): string => (isCountry(code) ? countryNames()[code]![lang] : code);

/** Every ISO 3166-1 alpha-2 code of rules/data/countries.yaml, in its order. */
export const countryCodes = (): string[] => Object.keys(countryNames());
