// Grouping shared by the formatters: results by family in report order, counts and a score per family.

import { FAMILIES, type Family, type Report, type Result, type RuleInfo, type Status } from '../engine/report-types.js';

/** Results of each family that has any, in the order of FAMILIES; each group keeps the report's order. */
export function byFamily(results: readonly Result[]): [Family, Result[]][] {
  return FAMILIES.map((f): [Family, Result[]] => [f, results.filter((r) => r.family === f)]).filter(
    ([, rs]) => rs.length > 0,
  );
}

/** The results with one of these statuses, in report order. */
export const withStatus = (results: readonly Result[], ...statuses: Status[]): Result[] =>
  results.filter((r) => statuses.includes(r.status));

export interface FamilyScore {
  family: Family;
  pass: number;
  fail: number;
  unknown: number;
  waived: number;
  notApplicable: number;
  /** Share (0–1) of applicable verdicts met or waived; null when nothing in the family was applicable. */
  score: number | null;
}

/** Counts and score of each family that has results, in the order of FAMILIES. */
export function familyScores(results: readonly Result[]): FamilyScore[] {
  return byFamily(results).map(([family, rs]) => {
    const count = (s: Status) => rs.filter((r) => r.status === s).length;
    const [pass, fail, unknown, waived, notApplicable] = [
      count('pass'),
      count('fail'),
      count('unknown'),
      count('waived'),
      count('not-applicable'),
    ];
    const applicable = pass + fail + unknown + waived;
    return {
      family,
      pass,
      fail,
      unknown,
      waived,
      notApplicable,
      score: applicable === 0 ? null : (pass + waived) / applicable,
    };
  });
}

/** The report's rules by id. */
export const rulesById = (report: Report): Map<string, RuleInfo> => new Map(report.rules.map((r) => [r.id, r]));

/** A score as a whole percentage, rounded down so that 99.9 % never reads as 100 %. */
export const scorePercent = (score: number): number => Math.floor(score * 100 + 1e-9);
