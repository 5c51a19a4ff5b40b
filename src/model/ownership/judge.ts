// Judge the tests of 19.6.b on an ownership analysis: thresholds on the stricter reading, vetoes, board majorities.

import type { SpecialRightKind } from '../description.js';
import { preciseFigures } from './analyze.js';
import { compare, fractionOfPercent } from './exact.js';
import {
  MEASURES,
  READINGS,
  type Measure,
  type OwnershipReport,
  type Reading,
  type Scope,
  type SpecialRightRecord,
} from './types.js';

/** Rights that act as a veto, when a pack's foreign-veto rule does not name them. */
export const VETO_RIGHTS: readonly SpecialRightKind[] = ['veto', 'golden-share'];

/** A threshold test's parameters, as a rule pack gives them. */
export interface HoldingTest {
  max: number;
  measures: readonly Measure[];
}

/**
 * How an entity is read as held or controlled from outside the EU (19.6.b, which 19.6.c and `snc ownership` apply
 * too): the parameters of the loaded packs' rules, never constants of the code.
 */
export interface ControlReading {
  individual: HoldingTest;
  collective: HoldingTest;
  /** The kinds of special right that act as a veto. */
  vetoRights: readonly SpecialRightKind[];
}
/**
 * Figures further than this from a threshold (in percentage points) are judged on their floating-point value, whose
 * error is below 1e-10 points even along a 30,000-link chain; nearer, on their exact decimal value.
 */
export const NEAR = 1e-8;
/**
 * Where no exact value exists (a figure through a cross-holding cycle is a quotient, solved in floating point), a
 * figure within this many points above the threshold counts as equal to it: far below any share a holding states.
 */
export const CYCLE_TOLERANCE = 1e-9;

/** The outcome of one test. */
export type Verdict = 'pass' | 'fail' | 'unknown';
const worst = (vs: Verdict[]): Verdict => (vs.includes('fail') ? 'fail' : vs.includes('unknown') ? 'unknown' : 'pass');

/** A threshold test in one measure. */
export interface MeasureVerdict {
  measure: Measure;
  status: Verdict;
  /** The stricter (larger) known figure and its reading. */
  known: number;
  reading: Reading;
  /** The stricter figure counting every unexplained share as non-EU, and its reading. */
  upTo: number;
  upToReading: Reading;
  /** Individual: the non-EU entity of the known figure. */
  holder: string | null;
}

/** A threshold test over the measures asked: the worst of them, and each. */
export interface HoldingVerdict {
  status: Verdict;
  measures: MeasureVerdict[];
}

/**
 * A threshold test on the stricter reading, per measure: `fail` when the known figure exceeds `max`, else
 * `unknown` when counting the unexplained shares as non-EU could exceed it, else `pass`.
 */
export function judgeHolding(
  report: OwnershipReport,
  scope: Scope,
  max: number,
  measures: readonly Measure[] = MEASURES,
): HoldingVerdict {
  const exact = preciseFigures(report);
  const verdicts = measures.map((measure): MeasureVerdict => {
    const f = report.figures[scope][measure];
    const raw = exact?.figures[scope][measure];
    // The figure in percent: as computed when the report was made here, else as the report rounds it.
    const value = (kind: 'known' | 'upTo', r: Reading) =>
      raw ? Math.round(raw[kind][r] * 1e12) / 1e10 + 0 : f[kind][r];
    const above = (kind: 'known' | 'upTo', r: Reading): boolean => {
      const x = value(kind, r);
      if (Math.abs(x - max) > NEAR) return x > max;
      const recipe = exact?.recipes[scope][measure][kind][r];
      const decimal = recipe ? exact.evaluate(recipe) : null;
      return decimal ? compare(decimal, fractionOfPercent(max)) > 0 : x > max + CYCLE_TOLERANCE;
    };
    const pick = (kind: 'known' | 'upTo'): Reading => {
      const over = READINGS.filter((r) => above(kind, r));
      const among = over.length > 0 ? over : READINGS;
      return among.reduce((a, b) => (value(kind, b) > value(kind, a) ? b : a));
    };
    const reading = pick('known');
    const upToReading = pick('upTo');
    const status: Verdict = above('known', reading) ? 'fail' : above('upTo', upToReading) ? 'unknown' : 'pass';
    return {
      measure,
      status,
      known: value('known', reading),
      reading,
      upTo: value('upTo', upToReading),
      upToReading,
      holder: f.holder[reading],
    };
  });
  return { status: worst(verdicts.map((v) => v.status)), measures: verdicts };
}

/** A special-rights test: the rights that fail or cannot be placed, and the facts missing. */
export interface RightsVerdict {
  status: Verdict;
  /** Rights of the kinds asked held from outside the EU (or by an entity controlled from there). */
  failing: SpecialRightRecord[];
  /** Rights of those kinds whose holder cannot be placed. */
  unknown: SpecialRightRecord[];
  /** Entities of the chain of control whose special rights are not given. */
  notGiven: string[];
  /** The entity whose own controller is open, so rights over its controllers cannot be seen. */
  openAt: string | null;
}

/**
 * No right of these kinds over the entity or over an entity that controls it is held from outside the EU. With
 * `requireStated` (the provider), an entity of the chain that does not state its special rights makes it unknown.
 */
export function judgeRights(
  report: OwnershipReport,
  kinds: readonly SpecialRightKind[],
  requireStated = true,
): RightsVerdict {
  const asked = report.specialRights.filter((r) => kinds.includes(r.right));
  const failing = asked.filter((r) => r.outside === 'non-eu');
  const unknown = asked.filter((r) => r.outside === 'unknown');
  const notGiven = requireStated ? report.specialRightsNotGiven : [];
  const openAt = report.control.openAt;
  const status: Verdict =
    failing.length > 0 ? 'fail' : unknown.length > 0 || notGiven.length > 0 || openAt !== null ? 'unknown' : 'pass';
  return { status, failing, unknown, notGiven, openAt };
}

/** The board-majority test: the rights test, plus control of the entity from outside the EU. */
export interface BoardVerdict extends RightsVerdict {
  /** The entity is controlled (L.233-3) from outside the EU, through its chain of control. */
  controlledFromOutside: boolean;
}

/**
 * No non-EU entity can appoint the majority of the board: none controls the entity (through a majority of the
 * votes, the 40% presumption or a board-majority right, along its chain of control), and no board-majority right
 * over it or over an entity that controls it is held from outside the EU.
 */
export function judgeBoard(report: OwnershipReport, requireStated = true): BoardVerdict {
  const rights = judgeRights(report, ['board-majority'], requireStated);
  const c = report.control;
  const controlledFromOutside = c.status === 'controlled' && c.outside === 'non-eu';
  const status: Verdict = controlledFromOutside
    ? 'fail'
    : worst([rights.status, c.outside === 'unknown' ? 'unknown' : 'pass']);
  return { ...rights, status, controlledFromOutside };
}

/** A threshold test of 19.6.b left open for a third party: which, in which measure, its bounds and the maximum. */
export interface OpenTest {
  scope: 'individual' | 'collective';
  measure: Measure;
  known: number;
  upTo: number;
  max: number;
}

/** A stake listed as a range or undisclosed (max null) that leaves part of an entity unexplained. */
export interface RangedHolding {
  holder: string;
  held: string;
  measure: Measure;
  min: number;
  max: number | null;
}

/** Foreign control as the tests of 19.6.b read it, and, when unknown, what is missing and why. */
export interface ForeignControlVerdict {
  status: 'yes' | 'no' | 'unknown';
  holders: string[];
  missing: string[];
  /** Unknown: the first threshold test left open, with its bounds. */
  open?: OpenTest;
  /** Unknown: the range or undisclosed stake that leaves most of that test open, when one does. */
  ranged?: RangedHolding;
}

/**
 * What `facts.foreignControl` says of a third party: the four tests of 19.6.b at the loaded packs' thresholds, with who or what
 * decides. Its special rights are judged as stated; unlike the provider's, not stating them is not a missing fact.
 */
export function foreignControlOf(report: OwnershipReport, reading: ControlReading): ForeignControlVerdict {
  const individual = judgeHolding(report, 'individual', reading.individual.max, reading.individual.measures);
  const collective = judgeHolding(report, 'collective', reading.collective.max, reading.collective.measures);
  const veto = judgeRights(report, reading.vetoRights, false);
  const board = judgeBoard(report, false);
  const holders = new Set<string>();
  for (const v of individual.measures) if (v.status === 'fail' && v.holder) holders.add(v.holder);
  if (collective.status === 'fail')
    for (const h of report.holders)
      if (h.counted && READINGS.some((r) => MEASURES.some((m) => h.counted![r][m] > 0))) holders.add(h.id);
  for (const r of [...veto.failing, ...board.failing]) holders.add(r.via ?? r.holder);
  if (board.controlledFromOutside && report.control.via) holders.add(report.control.via);
  if (holders.size > 0) return { status: 'yes', holders: [...holders], missing: [] };
  if (worst([individual.status, collective.status, veto.status, board.status]) === 'pass')
    return { status: 'no', holders: [], missing: [] };
  const missing = new Set<string>();
  if (individual.status === 'unknown' || collective.status === 'unknown')
    for (const u of report.unexplained) {
      if (u.reason === 'jurisdiction-unknown') for (const f of u.fields ?? []) missing.add(`${u.entity}/${f}`);
      else missing.add(`${u.entity}/shareholders`);
    }
  for (const r of [...veto.unknown, ...board.unknown]) for (const m of r.missing) missing.add(m);
  for (const id of veto.notGiven) missing.add(`${id}/specialRights`);
  if (veto.openAt) missing.add(`${veto.openAt}/shareholders`);
  for (const m of report.control.missing) missing.add(m);
  const verdicts = [
    ...individual.measures.map((v) => ({ v, scope: 'individual' as const })),
    ...collective.measures.map((v) => ({ v, scope: 'collective' as const })),
  ];
  const first = verdicts.find(({ v }) => v.status === 'unknown');
  const open: OpenTest | undefined = first && {
    scope: first.scope,
    measure: first.v.measure,
    known: first.v.known,
    upTo: first.v.upTo,
    max: reading[first.scope].max,
  };
  const ranged = open && rangedHolding(report, open.measure);
  return {
    status: 'unknown',
    holders: [],
    missing: [...missing],
    ...(open ? { open } : {}),
    ...(ranged ? { ranged } : {}),
  };
}

/** The first range or undisclosed stake in the remainders of a report, in one measure (a holder outside the EU first). */
function rangedHolding(report: OwnershipReport, measure: Measure): RangedHolding | undefined {
  const all = report.unexplained.flatMap((u) =>
    (u.undisclosed?.[measure] ?? []).map((d) => ({
      holder: d.holder,
      held: u.entity,
      measure,
      min: d.min,
      max: d.max,
    })),
  );
  const outside = (d: RangedHolding) =>
    report.entities?.[d.holder]?.jurisdiction === 'non-eu' ||
    report.holders.some((h) => h.id === d.holder && h.jurisdiction === 'non-eu');
  return all.find(outside) ?? all[0];
}
