// A qualification's scheme: one snc knows, in any case; otherwise an error that says how to write it.

import { clip } from '../core/clip.js';
import { QUALIFICATION_SCHEMES } from '../model/description.js';
import { said, type Spoken } from '../i18n/format.js';

/** Other spellings people use for a known scheme, by their squeezed form (see `squeeze`). */
const ALIASES: Record<string, string> = {
  c5: 'bsi-c5',
  csastar: 'csa-star',
  star: 'csa-star',
  soc2type2: 'soc2',
  pcidss: 'pci-dss',
};

/** Letters and digits only, lower case, without the ISO/IEC joint mark: `ISO/IEC 27001` → `iso27001`. */
const squeeze = (s: string): string =>
  s
    .toLowerCase()
    .replace(/iec/g, '')
    .replace(/[^a-z0-9]/g, '');
const bySqueezed = new Map<string, string>([
  ...QUALIFICATION_SCHEMES.map((s): [string, string] => [squeeze(s), s]),
  ...Object.entries(ALIASES),
]);

/** The known scheme a scheme string names, in any case; undefined when snc does not know it. */
export const knownScheme = (scheme: string): string | undefined =>
  (QUALIFICATION_SCHEMES as readonly string[]).includes(scheme.toLowerCase()) ? scheme.toLowerCase() : undefined;

/** The error for an unknown scheme: what snc knows, and a way to write it when the text is a known scheme spelt otherwise. */
export function schemeError(scheme: string): Spoken {
  const values = { scheme: clip(scheme), schemes: QUALIFICATION_SCHEMES.join(', ') };
  const whole = scheme.length > 200 ? undefined : bySqueezed.get(squeeze(scheme));
  if (whole) return said('input.scheme.write', { ...values, known: whole });
  // Only text of a readable length is read for a version: the pattern backtracks, and a scheme is a few words.
  const split = scheme.length > 200 ? null : /^(.*?)[\s:_-]*v?(\d+(?:\.\d+)*)$/i.exec(scheme.trim());
  const named = split && split[1] ? bySqueezed.get(squeeze(split[1])) : undefined;
  if (named) return said('input.scheme.write-version', { ...values, known: named, version: split![2]! });
  return said('input.scheme.unknown', values);
}
