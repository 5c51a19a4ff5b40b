// Baselines: the findings of an earlier JSON report are known. Read that report, mark each finding of the run new,
// unchanged or updated against it (the gate lets known ones through), and list what it had that is now fixed.

import { InputError } from '../core/input-error.js';
import { pointer } from '../core/json-pointer.js';
import { translate } from '../i18n/format.js';
import type { MessageId } from '../i18n/en.js';
import type { MessageValue } from '../i18n/types.js';
import { LineIndex, type Position } from '../load/line-index.js';
import { parseYamlSource, type ReadLimits } from '../load/read-yaml.js';
import { readText } from '../load/read-text.js';
import { describe } from '../schema/explain-schema-error.js';
import { STATUSES, type BaselineRecord, type FixedFinding, type Result, type Status } from './report-types.js';

/** A finding as a baseline holds it: what it is matched on, and what is said of it once fixed. */
export interface BaselineEntry {
  fingerprint: string;
  factsHash: string;
  status: Status;
  ruleId: string;
  subjectId: string;
  /** Its file, repository-relative. */
  file: string;
  message: string;
}

/** A baseline report, read and checked: its findings (fail, unknown and waived results), in its order. */
export interface Baseline {
  file: string;
  sha256: string;
  entries: BaselineEntry[];
}

/** The statuses that make a result a finding, which a baseline holds and SARIF reports. */
export const FINDING_STATUSES: readonly Status[] = ['fail', 'unknown', 'waived'];
export const isFinding = (r: Pick<Result, 'status'>): boolean => FINDING_STATUSES.includes(r.status);

const HEX64 = /^[0-9a-f]{64}$/;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
/** What a field of a baseline must hold, as its error says it. */
type Expected = 'list' | 'result' | 'repo-path' | 'status' | 'sha256' | 'rule' | 'pointer' | 'location';

/** Where JSON.parse stopped, from its message (`at position N`), or the end of the text. */
function syntaxOffset(err: SyntaxError, text: string): number {
  const m = /at position (\d+)/.exec(err.message);
  return m ? Number(m[1]) : text.length;
}

/**
 * Read a baseline: a JSON report of `snc check`, version 1, whose results carry their fingerprint and facts hash.
 * Anything else is an InputError at its place in the file, in English and French, saying what was expected.
 */
export function readBaseline(file: string, limits: ReadLimits): Baseline {
  const { text, sha256 } = readText(file, limits.maxBytes);
  const lines = new LineIndex(text);
  const fail = (
    id: MessageId,
    values: Record<string, MessageValue>,
    at: Position,
    found?: { value: unknown },
  ): never => {
    const got = (lang: 'en' | 'fr') =>
      found ? (found.value === undefined ? translate(lang, 'input.side.nothing') : describe(found.value, lang)) : '';
    throw new InputError((lang) => translate(lang, id, { ...values, got: got(lang) }), { file, ...at });
  };
  const missing = (field: string, expected: Expected, ptr: string, v: unknown): never =>
    fail('input.baseline.field', { field, expected }, at(ptr), { value: v });
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    const offset = syntaxOffset(err, text);
    return fail(
      'input.baseline.not-json',
      { reason: err.message.replace(/ in JSON at position \d+.*$/s, '') },
      lines.position(offset),
    );
  }
  // Positions inside well-formed JSON are read by the YAML reader, which JSON is a part of; only for an error.
  const at = (ptr: string): Position => {
    try {
      return parseYamlSource(file, text, sha256, limits, 'report').locate(ptr);
    } catch {
      return { line: 1, column: 1 };
    }
  };
  if (!isObject(value) || value.reportVersion === undefined || !isObject(value.tool) || value.tool.name !== 'snc')
    return fail('input.baseline.not-a-report', {}, at(''), { value });
  if (value.reportVersion !== 1)
    return fail('input.baseline.version', {}, at('/reportVersion'), { value: value.reportVersion });
  const inputs = value.inputs;
  if (!Array.isArray(inputs)) return missing('inputs', 'list', '/inputs', inputs);
  const repoPaths = new Map<string, string>();
  for (const [i, input] of inputs.entries()) {
    if (!isObject(input) || typeof input.file !== 'string' || typeof input.repoPath !== 'string')
      return missing(
        `inputs[${i}].repoPath`,
        'repo-path',
        pointer('inputs', i),
        isObject(input) ? input.repoPath : input,
      );
    repoPaths.set(input.file, input.repoPath);
  }
  const results = value.results;
  if (!Array.isArray(results)) return missing('results', 'list', '/results', results);
  const entries: BaselineEntry[] = [];
  for (const [i, r] of results.entries()) {
    if (!isObject(r)) return missing(`results[${i}]`, 'result', pointer('results', i), r);
    const field = (name: string, expected: Expected) =>
      missing(
        `results[${i}].${name}`,
        expected,
        r[name] === undefined ? pointer('results', i) : pointer('results', i, name),
        r[name],
      );
    if (typeof r.status !== 'string' || !(STATUSES as readonly string[]).includes(r.status))
      return field('status', 'status');
    if (!FINDING_STATUSES.includes(r.status as Status)) continue;
    if (typeof r.fingerprint !== 'string' || !HEX64.test(r.fingerprint)) return field('fingerprint', 'sha256');
    if (typeof r.factsHash !== 'string' || !HEX64.test(r.factsHash)) return field('factsHash', 'sha256');
    if (typeof r.ruleId !== 'string') return field('ruleId', 'rule');
    if (typeof r.subjectId !== 'string') return field('subjectId', 'pointer');
    const location = r.location;
    const repoPath = isObject(location) && typeof location.file === 'string' ? repoPaths.get(location.file) : undefined;
    if (repoPath === undefined) return field('location', 'location');
    entries.push({
      fingerprint: r.fingerprint,
      factsHash: r.factsHash,
      status: r.status as Status,
      ruleId: r.ruleId,
      subjectId: r.subjectId,
      file: repoPath,
      message: typeof r.message === 'string' ? r.message : '',
    });
  }
  return { file, sha256, entries };
}

type Compared = Pick<Result, 'fingerprint' | 'factsHash' | 'status' | 'baselineState' | 'baselineStatus'>;

/**
 * Each result compared with the baseline: a finding (fail, unknown, waived) the baseline does not hold is `new`; one
 * it holds with the same status and facts hash `unchanged`, else `updated` (same finding, facts or status changed).
 * A fingerprint the baseline holds several times matches as many findings, those with the same facts first. The
 * baseline's findings on the files judged (`judged`, repository-relative) that no finding matches are fixed.
 */
export function compareWithBaseline<R extends Compared>(
  results: readonly R[],
  baseline: Baseline,
  judged: ReadonlySet<string>,
): { results: R[]; baseline: BaselineRecord } {
  const open = new Map<string, BaselineEntry[]>();
  for (const e of baseline.entries) open.set(e.fingerprint, [...(open.get(e.fingerprint) ?? []), e]);
  const take = (r: R): BaselineEntry | undefined => {
    const list = open.get(r.fingerprint);
    if (!list?.length) return undefined;
    const i = Math.max(
      0,
      list.findIndex((e) => e.factsHash === r.factsHash && e.status === r.status),
    );
    return list.splice(i, 1)[0];
  };
  const counts = { new: 0, unchanged: 0, updated: 0, fixed: 0 };
  const out = results.map((r): R => {
    if (!isFinding(r)) return r;
    const e = take(r);
    if (!e) {
      counts.new++;
      return { ...r, baselineState: 'new' };
    }
    const state = e.factsHash === r.factsHash && e.status === r.status ? 'unchanged' : 'updated';
    counts[state]++;
    return { ...r, baselineState: state, baselineStatus: e.status };
  });
  const now = new Map<string, Status>();
  for (const r of results) if (!now.has(r.fingerprint)) now.set(r.fingerprint, r.status);
  const left = new Set([...open.values()].flat());
  const fixed: FixedFinding[] = baseline.entries
    .filter((e) => left.has(e) && judged.has(e.file))
    .map((e) => ({
      fingerprint: e.fingerprint,
      ruleId: e.ruleId,
      file: e.file,
      subjectId: e.subjectId,
      status: e.status,
      message: e.message,
      ...(now.has(e.fingerprint) ? { now: now.get(e.fingerprint)! } : {}),
    }));
  counts.fixed = fixed.length;
  return { results: out, baseline: { file: baseline.file, sha256: baseline.sha256, counts, fixed } };
}
