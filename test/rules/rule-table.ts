// The rule table tester: read a fixture's expectation (x-expect), run it through check(), and judge the verdicts.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { check } from '../../src/api.js';
import type { Result, Status } from '../../src/engine/report-types.js';
import type { Lang } from '../../src/i18n/types.js';
import type { Profile } from '../../src/model/description.js';

export type Expected = Exclude<Status, 'waived'>;

/** One verdict a fixture expects, exactly: its status, message id and subject. */
export interface ExpectedResult {
  status: Expected;
  messageId: string;
  subject: string;
}

/** One row of the table: a fixture file and what it expects of one rule. */
export interface RuleCase {
  file: string;
  rule: string;
  status: Expected;
  date: string;
  profile?: Profile;
  /** The rule's results exactly, in order. */
  results: ExpectedResult[];
  /** An attestations file, relative to the fixture. */
  attestations?: string;
}

const STATUSES: readonly Expected[] = ['pass', 'fail', 'unknown', 'not-applicable'];
const PROFILES: readonly Profile[] = ['secnumcloud-3.2', 'cloud-de-confiance', 'hds'];
const KEYS = new Set(['rule', 'status', 'date', 'profile', 'results', 'attestations']);
const RESULT_KEYS = ['status', 'messageId', 'subject'];

/** The rules of the built-in packs: each id with the message ids its check declares. */
export type KnownRules = ReadonlyMap<string, readonly string[]>;

/**
 * Read and validate a fixture's `x-expect`; throws on a malformed row: no x-expect, an unknown key, a rule id that
 * no built-in pack defines, a fixture outside its rule's folder, a bad status, date, profile or attestations path,
 * results missing or malformed, a message id the rule's check does not declare.
 */
export function loadCase(file: string, knownRules: KnownRules): RuleCase {
  const doc = parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null;
  const x = doc?.['x-expect'] as Record<string, unknown> | undefined;
  if (!x || typeof x !== 'object') throw new Error(`${file}: no x-expect mapping`);
  for (const k of Object.keys(x)) if (!KEYS.has(k)) throw new Error(`${file}: unknown x-expect key ${k}`);
  const { rule, status, date, profile, results, attestations } = x;
  const declared = typeof rule === 'string' ? knownRules.get(rule) : undefined;
  if (typeof rule !== 'string' || !declared) throw new Error(`${file}: x-expect.rule ${String(rule)} is not a rule of a built-in pack`);
  if (basename(dirname(file)) !== rule) throw new Error(`${file}: a fixture of ${rule} must sit in fixtures/rules/${rule}/`);
  if (!STATUSES.includes(status as Expected)) throw new Error(`${file}: x-expect.status must be one of ${STATUSES.join(', ')}`);
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`${file}: x-expect.date must be a YYYY-MM-DD string`);
  if (profile !== undefined && !PROFILES.includes(profile as Profile)) throw new Error(`${file}: x-expect.profile must be one of ${PROFILES.join(', ')}`);
  if (results === undefined) throw new Error(`${file}: x-expect.results must state the rule's results exactly`);
  const exact = expectedResults(file, results);
  exact.forEach((r, i) => {
    if (!declared.includes(r.messageId))
      throw new Error(`${file}: x-expect.results[${i}].messageId ${r.messageId} is not a message id of the check of ${rule}`);
  });
  if (!meets(exact.map((r) => r.status), status as Expected))
    throw new Error(`${file}: x-expect.results do not make the rule ${String(status)}`);
  if (attestations !== undefined && typeof attestations !== 'string') throw new Error(`${file}: x-expect.attestations must be a file path`);
  return {
    file,
    rule,
    status: status as Expected,
    date,
    ...(profile ? { profile: profile as Profile } : {}),
    results: exact,
    ...(attestations ? { attestations: join(dirname(file), attestations) } : {}),
  };
}

/** A validated `x-expect.results`: a non-empty list of `{ status, messageId, subject }`, nothing else. */
function expectedResults(file: string, results: unknown): ExpectedResult[] {
  if (!Array.isArray(results) || results.length === 0) throw new Error(`${file}: x-expect.results must be a non-empty list`);
  return results.map((r, i) => {
    const at = `${file}: x-expect.results[${i}]`;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) throw new Error(`${at} must be a mapping`);
    const keys = Object.keys(r as object).sort();
    if (keys.join() !== [...RESULT_KEYS].sort().join()) throw new Error(`${at} must have exactly the keys ${RESULT_KEYS.join(', ')}`);
    const { status, messageId, subject } = r as Record<string, unknown>;
    if (!STATUSES.includes(status as Expected)) throw new Error(`${at}.status must be one of ${STATUSES.join(', ')}`);
    if (typeof messageId !== 'string' || typeof subject !== 'string') throw new Error(`${at}: messageId and subject must be strings`);
    return { status: status as Expected, messageId, subject };
  });
}

/** The results of the case's rule, judged as the case says (date, profile), in a language. */
export function resultsOf(c: RuleCase, lang: Lang = 'en'): Result[] {
  const report = check([c.file], {
    date: c.date,
    lang,
    timestamp: false,
    ...(c.profile ? { profiles: [c.profile] } : {}),
    ...(c.attestations ? { attestations: c.attestations } : {}),
  });
  return report.results.filter((r) => r.ruleId === c.rule);
}

/**
 * Whether a rule's verdicts meet the expectation: fail — at least one fail; pass — at least one pass and the rest
 * pass or not applicable; unknown — at least one unknown and no fail; not-applicable — all not applicable. A rule
 * that did not run meets nothing.
 */
export function meets(statuses: Status[], expected: Expected): boolean {
  if (statuses.length === 0) return false;
  switch (expected) {
    case 'fail':
      return statuses.includes('fail');
    case 'unknown':
      return statuses.includes('unknown') && !statuses.includes('fail');
    case 'pass':
      return statuses.includes('pass') && statuses.every((s) => s === 'pass' || s === 'not-applicable');
    default:
      return statuses.every((s) => s === expected);
  }
}
