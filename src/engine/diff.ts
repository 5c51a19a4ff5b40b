// What changed between two versions of a description (or two reports): the verdicts, the facts, and which facts
// fall under 19.6.f — a change touching the protection against non-EU law, that the customer must be told of.

import { escapeToken, tokens } from '../core/json-pointer.js';
import { ALL_PLACING_FIELDS } from '../model/jurisdiction.js';
import { itemToken, within } from '../model/subject-id.js';
import {
  NOTICE_TOPICS,
  type Diff,
  type DiffSide,
  type FactChange,
  type NoticeTopic,
  type Report,
  type Status,
  type VerdictChange,
} from './report-types.js';

type Node = Record<string, unknown>;
const isObject = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The items of a list by the token that names them (see subject-id), in order. */
const named = (list: readonly unknown[]): Map<string, unknown> =>
  new Map(list.map((item, i) => [itemToken(list, i), item]));

/** Every fact that differs between two documents, lists matched by their items' names, leaves compared by value. */
export function factChanges(before: unknown, after: unknown, path = ''): FactChange[] {
  if (isObject(before) && isObject(after))
    return keyed(new Map(Object.entries(before)), new Map(Object.entries(after)), path);
  if (Array.isArray(before) && Array.isArray(after)) return keyed(named(before), named(after), path);
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, change: 'changed', old: before, new: after }];
}

function keyed(before: Map<string, unknown>, after: Map<string, unknown>, path: string): FactChange[] {
  const out: FactChange[] = [];
  for (const [k, v] of before) {
    const at = `${path}/${escapeToken(k)}`;
    if (!after.has(k)) out.push({ path: at, change: 'removed', old: v });
    else out.push(...factChanges(v, after.get(k), at));
  }
  for (const [k, v] of after)
    if (!before.has(k)) out.push({ path: `${path}/${escapeToken(k)}`, change: 'added', new: v });
  return out;
}

const SEATS = new Set<string>(ALL_PLACING_FIELDS);
const ACCESS = new Set([
  'technicalAccessToData',
  'accessToCustomerData',
  'supervisedAccess',
  'containsCustomerData',
  'containsTechnicalData',
  'documented',
]);

/**
 * What of 19.6.f a fact at a path touches: where an entity sits, who holds or controls it, third parties and their
 * access. A whole entity, subcontractor, site, flow or staff group added or removed counts: better one notice too many.
 */
export function noticeTopic(path: string): NoticeTopic | undefined {
  const [top, , field] = tokens(path);
  switch (top) {
    case 'provider':
      return 'control';
    case 'entities':
      if (field === undefined) return 'holdings';
      if (field === 'shareholders') return 'holdings';
      if (field === 'specialRights') return 'special-rights';
      return SEATS.has(field) ? 'seats' : undefined;
    case 'subcontractors':
      return field !== undefined && ACCESS.has(field)
        ? 'third-party-access'
        : field === undefined || field === 'entity'
          ? 'third-parties'
          : undefined;
    case 'sites':
      return field === 'operator' || field === undefined
        ? 'third-parties'
        : field !== undefined && ACCESS.has(field)
          ? 'third-party-access'
          : undefined;
    case 'data':
      return field === 'sentTo' || field === undefined
        ? 'third-parties'
        : field !== undefined && ACCESS.has(field)
          ? 'third-party-access'
          : undefined;
    case 'staff':
      return field === 'employer' || field === undefined
        ? 'third-parties'
        : field !== undefined && ACCESS.has(field)
          ? 'third-party-access'
          : undefined;
    default:
      return undefined;
  }
}

/** The facts of a document that a diff compares: all of it but its sources (documents, not facts) and citations. */
function factsOf(document: unknown): unknown {
  if (Array.isArray(document)) return document.map(factsOf);
  if (!isObject(document)) return document;
  const out: Node = {};
  for (const [k, v] of Object.entries(document)) if (k !== 'source' && k !== 'sources') out[k] = factsOf(v);
  return out;
}

/** The facts a JSON report holds of its descriptions: the provider and the direct holdings above it, as a description writes them. */
export function reportFacts(report: Report): unknown {
  const entities: Record<
    string,
    { shareholders: { holder: string; capital: number | null; votingRights: number | null }[] }
  > = {};
  for (const o of report.ownership ?? [])
    for (const h of o.holdings ?? [])
      (entities[h.held] ??= { shareholders: [] }).shareholders.push({
        holder: h.holder,
        capital: h.capital,
        votingRights: h.votingRights,
      });
  return { provider: report.inputs.map((i) => i.provider).join(', '), entities };
}

/** The verdicts of a report by rule and subject (list items named by their id), the first one of a pair kept. */
function verdictsOf(
  report: Report,
): Map<string, { ruleId: string; clause: string; subjectId: string; status: Status }> {
  const out = new Map<string, { ruleId: string; clause: string; subjectId: string; status: Status }>();
  for (const r of report.results) {
    const subjectId = r.subjectId ?? r.subject;
    const key = `${r.ruleId}\0${subjectId}`;
    if (!out.has(key)) out.set(key, { ruleId: r.ruleId, clause: r.clause, subjectId, status: r.status });
  }
  return out;
}

/**
 * Every verdict whose status differs, or that only one side judged, in the new report's order then the old one's. A
 * check may name a finer subject when it fails than when it passes (`…/logisoft` passes, `…/logisoft/technicalAccessToData`
 * fails): a verdict judged on one side only is paired with one of the same rule at or under its subject, or above it.
 */
export function verdictChanges(before: Report, after: Report): VerdictChange[] {
  const a = verdictsOf(before);
  const b = verdictsOf(after);
  const oldOnly = new Map([...a].filter(([k]) => !b.has(k)));
  const related = (x: string, y: string) => within(x, y) || within(y, x);
  const out: VerdictChange[] = [];
  for (const [k, v] of b) {
    let old = a.get(k)?.status ?? null;
    if (!a.has(k))
      for (const [ok, o] of oldOnly)
        if (o.ruleId === v.ruleId && o.subjectId !== '' && v.subjectId !== '' && related(o.subjectId, v.subjectId)) {
          old = o.status;
          oldOnly.delete(ok);
          break;
        }
    if (old !== v.status) out.push({ ruleId: v.ruleId, clause: v.clause, subjectId: v.subjectId, old, new: v.status });
  }
  for (const v of oldOnly.values())
    out.push({ ruleId: v.ruleId, clause: v.clause, subjectId: v.subjectId, old: v.status, new: null });
  return out;
}

/** The diff of two judged versions: their reports, and the facts each holds (a description's document, or reportFacts). */
export function diff(
  sides: { old: DiffSide & { report: Report; facts: unknown }; new: DiffSide & { report: Report; facts: unknown } },
  lang: Report['lang'],
): Diff {
  const facts = factChanges(factsOf(sides.old.facts), factsOf(sides.new.facts)).map((c) => {
    const notice = noticeTopic(c.path);
    return notice ? { ...c, notice } : c;
  });
  const touched = new Set(facts.flatMap((c) => (c.notice ? [c.notice] : [])));
  const side = ({ file, kind, sha256 }: DiffSide): DiffSide => ({ file, kind, sha256 });
  return {
    diffVersion: 1,
    lang,
    old: side(sides.old),
    new: side(sides.new),
    verdicts: verdictChanges(sides.old.report, sides.new.report),
    facts,
    notice: NOTICE_TOPICS.filter((t) => touched.has(t)),
  };
}
