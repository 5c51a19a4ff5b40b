// The readiness report as a language-resolved outline, which the Markdown and HTML formatters lay out: page one,
// the requirements not met (rule text once, subjects under it), the facts to provide, waivers, what is met, provenance.

import {
  FAMILIES,
  type Family,
  type Report,
  type Result,
  type RuleInfo,
  type Severity,
  type Status,
} from '../engine/report-types.js';
import { formatPercent } from '../i18n/plain-format.js';
import type { ProviderOwnership } from '../model/ownership/types.js';
import { familyScores, rulesById, type FamilyScore } from './group.js';
import { ownershipView, type OwnershipView } from './ownership-view.js';
import {
  basedOn,
  baselineCounts,
  baselineLine,
  fixedLine,
  grounds,
  locationOf,
  waiverLine,
  waiverWhere,
} from './result-text.js';
import { translator, type Translate } from './translator.js';
import { countsText, notMetText, verdictLine } from './verdict.js';
import { warningText } from './warning-text.js';

/** A labelled value; `code` marks values shown verbatim (file names, hashes, dates). */
export interface Field {
  label: string;
  value: string;
  code?: boolean;
}

/** One subject a rule judged: the finding, the lines that explain it, and where it is in the description. */
export interface SubjectView {
  message: string;
  details: string[];
  location: string;
  pointer: string;
  /** What the verdict rests on (“Based on: …”, or declared, not documented); absent when the rule does not apply. */
  basedOn?: string;
}

/** A rule with its text written once and every subject it judged with one status. */
export interface RuleBlock {
  ruleId: string;
  clauses: string;
  title: string;
  meta: string;
  status: Status;
  severity: Severity;
  family: Family;
  rationale: string;
  remediation: string;
  subjects: SubjectView[];
}

/** What the report says of one input file. */
export interface FileView {
  file: string;
  /** A prefix for the ids of this file's sections, so several files share one page. */
  anchor: string;
  heading: string;
  facts: Field[];
  compliant: boolean;
  /** Compliant, not compliant or not judged, in a word or two. */
  verdict: string;
  /** The verdict line every format states: the profiles judged, the gate, what is not met, the counts. */
  verdictLine: string;
  verdictExplained: string;
  glance: string;
  counts: string;
  scores: FamilyScore[];
  notMet: RuleBlock[];
  toProvide: RuleBlock[];
  /**
   * The unknowns only an auditor can settle (19.5, 19.6.e…: no attestation holds), listed compactly, one line each:
   * they need an attestation, not a fact of the description.
   */
  toAttest: RuleBlock[];
  waived: RuleBlock[];
  /** The rules an auditor's attestation decides, whatever their verdict: who attested, when, until when, why. */
  attested: RuleBlock[];
  /** What is met, with what it rests on across its subjects (“Based on: …”). */
  met: { clauses: string; title: string; ruleId: string; subjects: string; basedOn?: string }[];
  /** Said once when the description cites no source: its facts are declared, not documented. */
  sourcesNote?: string;
  /** With --baseline: how the findings stand against it, and what it had on this file that is now fixed. */
  baseline?: { counts: string; fixed: string[] };
  notApplicable: string;
  ownership?: { view: OwnershipView; analysis: ProviderOwnership };
}

/** Everything the Markdown and HTML readiness reports show, in the report's language and order. */
export interface ReadinessView {
  lang: Report['lang'];
  title: string;
  files: FileView[];
  provenance: Field[];
  /** The report's warnings, each as `file:line:column: message`. */
  warnings: string[];
  /** Percentages as the report writes them. */
  pct: (n: number, bound?: number) => string;
  /** A family score as the report writes it: its percentage and how many verdicts it counts. */
  score: (f: FamilyScore) => string;
  t: Translate;
}

/**
 * The first sentence of a rule's rationale: what the requirement asks, which is what a client reads; the full
 * reasoning stays in `snc rules show`, the JSON report and SARIF. A full stop ends a sentence only before a capital.
 */
export const leadSentence = (text: string): string => /^(.+?[.!?])\s+(?=[\p{Lu}«"(])/su.exec(text)?.[1] ?? text;

/** Results grouped by rule, rules in the order of their families, then of the report. */
function byRule(results: readonly Result[]): Result[][] {
  const groups = new Map<string, Result[]>();
  for (const r of results) {
    const g = groups.get(r.ruleId);
    if (g) g.push(r);
    else groups.set(r.ruleId, [r]);
  }
  const family = (rs: Result[]) => FAMILIES.indexOf(rs[0]!.family);
  return [...groups.values()].sort((a, b) => family(a) - family(b));
}

const VERDICT_WORD = {
  compliant: 'report.compliant',
  'not-compliant': 'report.not-compliant',
  'not-judged': 'report.not-judged',
} as const;
const VERDICT_EXPLAINED = {
  compliant: 'report.verdict-compliant',
  'not-compliant': 'report.verdict-not-compliant',
  'not-judged': 'report.verdict-not-judged',
} as const;

/** The counts of a file's findings against the baseline, and of its fixed ones. */
function fileCounts(results: readonly Result[], fixed: number): NonNullable<Report['baseline']>['counts'] {
  const n = (state: Result['baselineState']) => results.filter((r) => r.baselineState === state).length;
  return { new: n('new'), unchanged: n('unchanged'), updated: n('updated'), fixed };
}

/** Build the readiness outline of a report. */
/** An unknown that waits for an auditor's attestation rather than a fact: its check judges from attestations. */
/** Above this many rules met in a family, the met table gives the family one row. */
const MET_GROUPED = 2;

const awaitsAttestation = (r: Result) => r.messageId.startsWith('attested.');

export function readinessView(report: Report): ReadinessView {
  const t = translator(report.lang);
  const rules = rulesById(report);
  const pct = (n: number, bound?: number) => formatPercent(n, report.lang, bound);
  const score = (f: FamilyScore) => {
    const applicable = f.pass + f.fail + f.unknown + f.waived;
    if (f.score === null) return t('report.no-score');
    return t('report.chart.score', {
      score: pct(f.score * 100, f.score < 1 ? 100 : undefined),
      met: String(f.pass + f.waived),
      applicable: String(applicable),
    });
  };
  const profileNames = (profiles: string[]) =>
    profiles.map((p) => t(`report.profile.${p}` as 'report.profile.hds')).join(', ');
  // A description that cites no source at all says so once, rather than under every verdict.
  const documented = (file: string) => (report.inputs.find((i) => i.file === file)?.sources?.length ?? 0) > 0;
  const block = (rs: Result[]): RuleBlock => {
    const first = rs[0]!;
    const rule: RuleInfo | undefined = rules.get(first.ruleId);
    return {
      ruleId: first.ruleId,
      clauses: (first.clauses ?? [first.clause]).join(', '),
      title: rule?.title ?? first.ruleId,
      meta: first.severity === 'error' ? '' : t('report.rule-meta', { severity: t(`severity.${first.severity}`) }),
      status: first.status,
      severity: first.severity,
      family: first.family,
      rationale: leadSentence(rule?.rationale ?? ''),
      remediation: rule?.remediation ?? '',
      subjects: rs.map((r) => ({
        message: r.message,
        // A waived verdict says who approved the waiver, until when, why, and where it is written; a finding says how
        // it stands against the baseline.
        details: [
          ...(r.baselineState ? [baselineLine(r, t)!] : []),
          ...(r.waiver ? [waiverLine(r, t)!, `${waiverWhere(r, t)}.`] : []),
          ...r.details,
        ],
        location: locationOf(r),
        pointer: r.subject || '/',
        ...(r.status !== 'not-applicable' && (documented(r.location.file) || r.attestation)
          ? { basedOn: basedOn(r, t)! }
          : {}),
      })),
    };
  };
  const several = report.inputs.length > 1;
  /**
   * The met table: a row per rule, except that a family with more than MET_GROUPED rules met gets one row listing
   * their clauses, so that a report stays a few pages long (the JSON and text formats list every rule).
   */
  const metRows = (groups: Result[][], basedOn: (rs: Result[]) => { basedOn?: string }): FileView['met'] =>
    FAMILIES.flatMap((family) => {
      const of = groups.filter((rs) => rs[0]!.family === family);
      const subjects = (rs: Result[]) => t('report.subjects', { count: rs.length });
      if (of.length <= MET_GROUPED)
        return of.map((rs) => {
          const b = block(rs);
          return { clauses: b.clauses, title: b.title, ruleId: b.ruleId, subjects: subjects(rs), ...basedOn(rs) };
        });
      const all = of.flat();
      const clauses = [...new Set(of.flatMap((rs) => rs[0]!.clauses ?? [rs[0]!.clause]))];
      return [
        {
          // The sections in the clause column, every clause in the title, where the line is long enough for them.
          clauses: [...new Set(clauses.map((c) => c.replace(/\.[a-z]$/, '')))].join(', '),
          title: t('report.met-family', {
            family: t(`family.${family}`),
            count: of.length,
            clauses: { list: clauses },
          }),
          ruleId: of.map((rs) => rs[0]!.ruleId).join(', '),
          subjects: subjects(all),
          ...basedOn(all),
        },
      ];
    });

  const files = report.inputs.map((input, index): FileView => {
    const results = report.results.filter((r) => r.location.file === input.file);
    const count = (s: Status) => results.filter((r) => r.status === s).length;
    const rulesWith = (...statuses: Status[]) => byRule(results.filter((r) => statuses.includes(r.status)));
    // A rule is not applicable when all its results are; one met in part and not applicable in part is met.
    const wholly = rulesWith('not-applicable').filter((rs) =>
      results.every((r) => r.ruleId !== rs[0]!.ruleId || r.status === 'not-applicable'),
    );
    const { compliant, verdict } = input.summary;
    const analysis = report.ownership?.find((o) => o.file === input.file) ?? report.ownership?.[index];
    // The ownership section draws the holders and states the figures: its rules' subjects need no repeat of them.
    const shown = (b: RuleBlock): RuleBlock =>
      analysis?.applicable && b.family === 'ownership' && b.status === 'fail'
        ? { ...b, subjects: b.subjects.map((x) => ({ ...x, details: [] })) }
        : b;
    const notMet = rulesWith('fail').map(block).map(shown);
    const unknowns = rulesWith('unknown');
    // One line each; a subject's message is kept only when it says more than that no attestation exists (expired…).
    const toAttest = unknowns
      .filter((rs) => rs.every(awaitsAttestation))
      .map((rs) => {
        const b = block(rs);
        return { ...b, subjects: b.subjects.filter((_, i) => rs[i]!.messageId !== 'attested.none') };
      });
    const toProvide = unknowns.filter((rs) => !rs.every(awaitsAttestation)).map(block);
    const met = rulesWith('pass').map(block);
    return {
      file: input.file,
      anchor: several ? `f${index + 1}-` : '',
      heading: t('report.section.file', { file: input.file }),
      facts: [
        { label: t('report.field.offer'), value: input.offer ?? input.name },
        { label: t('report.field.provider'), value: input.providerName ?? input.provider },
        { label: t('report.field.profiles'), value: profileNames(input.profiles) },
        { label: t('report.field.evaluation-date'), value: report.evaluationDate },
      ],
      ...(input.sources?.length ? {} : { sourcesNote: t('report.no-sources') }),
      ...(report.baseline
        ? {
            baseline: {
              counts: baselineCounts(
                {
                  ...report.baseline,
                  counts: fileCounts(results, report.baseline.fixed.filter((f) => f.file === input.repoPath).length),
                },
                t,
              ),
              fixed: report.baseline.fixed.filter((f) => f.file === input.repoPath).map((f) => fixedLine(f, t)),
            },
          }
        : {}),
      compliant,
      verdict: t(VERDICT_WORD[verdict]),
      // The reader sees the profiles by name just above and the gate in the appendix: the line says what is not met.
      verdictLine:
        verdict === 'not-judged'
          ? verdictLine(input, report.options, t)
          : t('report.verdict-doc', { notMet: notMetText(input.summary, t), counts: countsText(input.summary, t) }),
      verdictExplained: t(
        verdict === 'compliant' && input.summary.known ? 'report.verdict-compliant-known' : VERDICT_EXPLAINED[verdict],
      ),
      glance: t('report.glance', {
        notMet: notMet.length,
        toProvide: toProvide.length + toAttest.length,
        met: met.length,
      }),
      counts: t('report.summary', {
        total: results.length,
        pass: count('pass'),
        fail: count('fail'),
        unknown: count('unknown'),
        notApplicable: count('not-applicable'),
        waived: count('waived'),
      }),
      scores: familyScores(results),
      notMet,
      toProvide,
      toAttest,
      waived: rulesWith('waived').map(block),
      attested: byRule(results.filter((r) => r.attestation)).map(block),
      met: metRows(rulesWith('pass'), (rs) => {
        const all = [...new Set(rs.flatMap((r) => grounds(r, t)))];
        return documented(input.file)
          ? {
              basedOn: all.length
                ? t('report.based-on', { sources: all.join(t('report.list-separator')) })
                : t('report.undocumented'),
            }
          : {};
      }),
      notApplicable: wholly.length
        ? t('report.not-applicable-list', {
            rules: { list: wholly.map((rs) => `${rs[0]!.clause} (${rs[0]!.ruleId})`) },
          })
        : '',
      ...(analysis ? { ownership: { view: ownershipView(analysis, report.lang), analysis } } : {}),
    };
  });

  const provenance: Field[] = [
    ...report.inputs.flatMap((input) => [
      { label: t('report.field.file'), value: input.file, code: true },
      { label: t('report.field.sha256'), value: input.sha256, code: true },
    ]),
    { label: t('report.field.evaluation-date'), value: report.evaluationDate, code: true },
    ...(report.generatedAt ? [{ label: t('report.field.generated-at'), value: report.generatedAt, code: true }] : []),
    { label: t('report.field.tool'), value: `${report.tool.name} ${report.tool.version}`, code: true },
    ...report.packs.map((p) => ({ label: t('report.field.packs-one'), value: `${p.pack} ${p.sha256}`, code: true })),
    ...(report.provenance ?? []).map((p) => ({
      label: t(`report.provenance.${p.role}`),
      value: `${p.file} ${p.sha256}`,
      code: true,
    })),
    {
      label: t('report.field.options'),
      value: t('report.options', {
        failOn: t(`severity.${report.options.failOn}`),
        unknownPolicy: t(report.options.allowUnknown ? 'report.unknown-allowed' : 'report.unknown-blocks'),
      }),
    },
  ];

  return {
    lang: report.lang,
    title: t('report.document-title', { offer: report.inputs.map((i) => i.offer ?? i.name).join(', ') }),
    files,
    provenance,
    warnings: (report.warnings ?? []).map(warningText),
    pct,
    score,
    t,
  };
}
