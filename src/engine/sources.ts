// The sources of a description: their files hashed (and checked against a given SHA-256), their age judged, their use.

import { dirname, isAbsolute, join } from 'node:path';
import { hashFile } from '../load/hash-file.js';
import { InputError } from '../core/input-error.js';
import { translate } from '../i18n/format.js';
import { pointer } from '../core/json-pointer.js';
import type { SourceDocument } from '../load/read-yaml.js';
import { citingObjects, ownCitations } from '../model/citations.js';
import type { Description } from '../model/description.js';
import type { Lang } from '../i18n/types.js';
import type { MessageId } from '../i18n/en.js';
import type { ProvenanceRecord, ReportWarning, SourceRecord, SourceRef } from './report-types.js';
import { addMonths } from './evaluation-date.js';
import { warning } from './warning.js';

/** How sources are judged in a run. */
export interface SourcePolicy {
  /** Strict audit: a missing source file is an error (and facts without a source count as not given, elsewhere). */
  requireSources: boolean;
  /** A source older than this many months on the evaluation date is reported. */
  maxAgeMonths: number;
  date: string;
  lang: Lang;
}

export const DEFAULT_SOURCE_MAX_AGE = 12;

const PROBLEM: Record<string, MessageId> = {
  ENOENT: 'input.source.not-found',
  EACCES: 'input.source.denied',
  EPERM: 'input.source.denied',
  EISDIR: 'input.source.not-regular',
};

/** A source file's path as the description names it, read from the description's folder. */
export const sourcePath = (descriptionFile: string, file: string): string =>
  isAbsolute(file) ? file : join(dirname(descriptionFile), file).split('\\').join('/');

/**
 * The sources of one description as the report lists them, their files in the provenance, and the warnings they
 * raise: a missing file (an error under --require-sources), an old or future date, a source no fact cites. A file
 * whose SHA-256 differs from the one given is an error.
 */
export function readSources(
  description: Description,
  doc: SourceDocument,
  policy: SourcePolicy,
  alsoCited: readonly string[] = [],
) {
  const records: SourceRecord[] = [];
  const warnings: ReportWarning[] = [];
  const provenance: ProvenanceRecord[] = [];
  const cited = new Set([...[...citingObjects(description)].flatMap((c) => ownCitations(c.value)), ...alsoCited]);
  for (const [id, s] of Object.entries(description.sources ?? {})) {
    const at = (field?: string) => ({
      file: doc.file,
      ...doc.locate(field ? pointer('sources', id, field) : pointer('sources', id)),
    });
    const record: SourceRecord = { id, title: s.title, issuer: s.issuer, date: s.date };
    if (s.file !== undefined) {
      const file = sourcePath(doc.file, s.file);
      record.file = file;
      const hashed = hashFile(file);
      if ('sha256' in hashed) {
        if (s.sha256 !== undefined && s.sha256.toLowerCase() !== hashed.sha256)
          throw new InputError(
            (lang) =>
              translate(lang, 'input.source.sha256-mismatch', {
                id,
                file,
                found: hashed.sha256,
                given: s.sha256!.toLowerCase(),
              }),
            at('sha256'),
          );
        record.sha256 = hashed.sha256;
        provenance.push({ role: 'source', file, sha256: hashed.sha256 });
      } else {
        const problem = (lang: Lang) =>
          translate(lang, PROBLEM[hashed.problem] ?? 'input.source.unreadable', { code: hashed.problem });
        if (policy.requireSources)
          throw new InputError(
            (lang) => translate(lang, 'input.source.file-required', { id, file, problem: problem(lang) }),
            at('file'),
          );
        record.fileMissing = true;
        const missing = hashed.problem === 'ENOENT';
        warnings.push(
          warning(
            policy.lang,
            missing ? 'warning.source-file-missing' : 'warning.source-file-unreadable',
            { id, file, problem: hashed.problem },
            at('file'),
          ),
        );
      }
    }
    if (record.sha256 === undefined && s.sha256 !== undefined) record.sha256 = s.sha256.toLowerCase();
    for (const k of ['url', 'section'] as const) if (s[k] !== undefined) record[k] = s[k];
    records.push(record);
    if (s.date > policy.date)
      warnings.push(warning(policy.lang, 'warning.source-future', { id, date: s.date }, at('date')));
    else if (addMonths(s.date, policy.maxAgeMonths) < policy.date)
      warnings.push(
        warning(
          policy.lang,
          'warning.source-old',
          { id, title: s.title, date: s.date, months: policy.maxAgeMonths },
          at('date'),
        ),
      );
    if (!cited.has(id)) warnings.push(warning(policy.lang, 'warning.source-unused', { id }, at()));
  }
  return { records, warnings, provenance };
}

/** A source as results cite it. */
export const sourceRef = (s: SourceRecord): SourceRef => ({
  id: s.id,
  title: s.title,
  issuer: s.issuer,
  date: s.date,
  ...(s.sha256 ? { sha256: s.sha256 } : {}),
});

const LISTED = 5;

/** Under --require-sources: how many objects lost facts for want of a source, and the first of them. */
export function undocumentedWarning(pointers: string[], doc: SourceDocument, lang: Lang): ReportWarning {
  const first = pointers.slice(0, LISTED).join(', ');
  const more = pointers.length > LISTED ? pointers.length - LISTED : 0;
  const at = { file: doc.file, ...doc.locate(pointers[0]!) };
  return more > 0
    ? warning(lang, 'warning.undocumented-more', { count: pointers.length, first, more }, at)
    : warning(lang, 'warning.undocumented', { count: pointers.length, first }, at);
}
