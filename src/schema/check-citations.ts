// Checks of the sources a description cites: every cited id is defined, and every source's date is real.

import { pointer } from '../core/json-pointer.js';
import { citingObjects } from '../model/citations.js';
import type { Description } from '../model/description.js';
import { isRealDate } from './real-date.js';
import { said } from '../i18n/format.js';
import type { SemanticError } from './check-semantics.js';
import { undefinedId } from './suggest-fix.js';

/** The errors of a description's sources and of its citations, in document order. */
export function citationErrors(d: Description): SemanticError[] {
  const errors: SemanticError[] = [];
  const defined = d.sources ?? {};
  const ids = (): [string, string | undefined][] => Object.entries(defined).map(([id, s]) => [id, s.title]);
  for (const [id, s] of Object.entries(defined))
    if (!isRealDate(s.date))
      errors.push({ pointer: pointer('sources', id, 'date'), ...said('input.not-a-date', { value: s.date }) });
  for (const { pointer: at, value } of citingObjects(d)) {
    const cited: [string, unknown][] = [
      ...(typeof value.source === 'string' ? [[`${at}/source`, value.source] as [string, unknown]] : []),
      ...(Array.isArray(value.sources)
        ? value.sources.map((s, i): [string, unknown] => [`${at}/sources/${i}`, s])
        : []),
    ];
    for (const [ptr, id] of cited)
      if (typeof id === 'string' && !Object.prototype.hasOwnProperty.call(defined, id))
        errors.push(undefinedId(ptr, 'source', id, ids()));
  }
  return errors;
}
