// Hints that follow an error about a wrong value: the country code meant by a name, the id meant by a misspelt one.

import { closest, didYouMean } from '../model/closest.js';
import { foldName, suggestCountry } from '../model/country-names.js';
import { countryName } from '../i18n/country-names.js';
import { spoken, translate } from '../i18n/format.js';
import { clip } from '../core/clip.js';
import type { Problem } from './schema-errors.js';
import type { Lang } from '../i18n/types.js';

/** " (did you mean `FR` for France?)" after a value that is not a country code, or "". */
export function countryHint(value: unknown, lang: Lang = 'en'): string {
  if (typeof value !== 'string') return '';
  const meant = suggestCountry(value);
  return meant ? translate(lang, 'input.hint.country', { code: meant.code, name: countryName(meant.code, lang) }) : '';
}

/**
 * " (did you mean `orange`?)" after an id that is not defined: the ids nearest to it, or those whose name is the
 * text given (an entity named "Orange SA" written where its id `orange` was expected).
 */
export function idHint(
  id: string,
  defined: Iterable<[id: string, name: string | undefined]>,
  lang: Lang = 'en',
): string {
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
    lang,
  );
}

/** An id that is not defined where it should be, with the nearest defined ones in the language of the run. */
export function undefinedId(
  ptr: string,
  what: 'provider' | 'holder' | 'operator' | 'entity' | 'employer' | 'site' | 'source',
  id: string,
  defined: [id: string, name: string | undefined][],
): Required<Problem> {
  return {
    pointer: ptr,
    ...spoken((lang) => translate(lang, `input.undefined.${what}`, { id: clip(id), hint: idHint(id, defined, lang) })),
  };
}
