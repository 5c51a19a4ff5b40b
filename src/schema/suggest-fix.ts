// Hints that follow an error about a wrong value: the country code meant by a name, the id meant by a misspelt one.

import { closest, didYouMean } from '../model/closest.js';
import { foldName, suggestCountry } from '../model/country-names.js';

/** " (did you mean `FR` for France?)" after a value that is not a country code, or "". */
export function countryHint(value: unknown): string {
  if (typeof value !== 'string') return '';
  const meant = suggestCountry(value);
  return meant ? ` (did you mean \`${meant.code}\` for ${meant.name}?)` : '';
}

/**
 * " (did you mean `orange`?)" after an id that is not defined: the ids nearest to it, or those whose name is the
 * text given (an entity named "Orange SA" written where its id `orange` was expected).
 */
export function idHint(id: string, defined: Iterable<[id: string, name: string | undefined]>): string {
  const all = [...defined];
  const folded = foldName(id);
  const named = all
    .filter(([, name]) => name !== undefined && folded !== '' && foldName(name) === folded)
    .map(([k]) => k);
  return didYouMean(
    named.length > 0
      ? named
      : closest(
          id,
          all.map(([k]) => k),
        ),
  );
}
