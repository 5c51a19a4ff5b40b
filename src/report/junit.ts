// JUnit XML for GitLab and Jenkins: a testsuite per input file and rule pack, a testcase per rule and subject. It
// validates against the schema Jenkins' xUnit plugin applies (junit-10.xsd): the file is on the testsuite, file:line
// in the failure's text.

import { repoRelativePath } from '../core/repo-path.js';
import { atLeast } from '../engine/gate.js';
import type { Report, Result, RuleInfo, Severity } from '../engine/report-types.js';
import { escapeXml as x } from './escape.js';
import type { Formatter } from './formatter.js';
import { rulesById } from './group.js';
import type { MessageId } from '../i18n/en.js';
import {
  basedOn,
  baselineCounts,
  baselineLine,
  clauseText,
  evidenceLines,
  fixedLine,
  locationOf,
  sourceList,
  statusMessage,
  waiverLine,
  waiverWhere,
} from './result-text.js';
import { knownFromBaseline } from '../engine/gate.js';
import { translator, type Translate } from './translator.js';
import { verdictLine } from './verdict.js';
import { warningText } from './warning-text.js';

interface Suite {
  name: string;
  file: string;
  pack: string;
  results: Result[];
}

/**
 * The JUnit XML of a report: results that gate are failures, not-applicable ones are skipped, and a fail or unknown
 * that does not gate passes with its finding in the test's output.
 */
export const formatJunit: Formatter = (report, options) => {
  const t = translator(report.lang);
  const rules = rulesById(report);
  const suites = suitesOf(report, rules);
  const count = (rs: Result[], ...statuses: Result['status'][]) => rs.filter((r) => statuses.includes(r.status)).length;
  const gating = (rs: Result[]) => rs.filter((r) => r.gating).length;
  const all = report.results;
  const time = report.generatedAt ? ` timestamp="${x(report.generatedAt.replace(/\.\d+Z$/, 'Z'))}"` : '';
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="snc" tests="${all.length}" failures="${gating(all)}" errors="0" time="0">`,
  ];
  const told = new Set<string>();
  for (const [i, s] of suites.entries()) {
    const input = report.inputs.find((f) => f.file === s.file);
    out.push(
      `  <testsuite name="${x(s.name)}" tests="${s.results.length}" failures="${gating(s.results)}" errors="0" skipped="${count(s.results, 'not-applicable', 'waived')}" time="0"${time} file="${x(repoRelativePath(s.file, { env: options.env }))}">`,
      '    <properties>',
      `      <property name="evaluationDate" value="${x(report.evaluationDate)}"/>`,
      `      <property name="input.sha256" value="${x(report.inputs.find((i) => i.file === s.file)?.sha256 ?? '')}"/>`,
      `      <property name="pack.sha256" value="${x(report.packs.find((p) => p.pack === s.pack)?.sha256 ?? '')}"/>`,
      `      <property name="tool" value="${x(`${report.tool.name} ${report.tool.version}`)}"/>`,
      ...(input ? [`      <property name="verdict" value="${input.summary.verdict}"/>`] : []),
      '    </properties>',
    );
    // The file's verdict once, in its first suite's output.
    if (input && !told.has(s.file)) {
      told.add(s.file);
      const fixed = report.baseline?.fixed.filter((f) => f.file === input.repoPath) ?? [];
      const baseline = report.baseline
        ? [baselineCounts(report.baseline, t), ...fixed.map((f) => `- ${fixedLine(f, t)}`)]
        : [];
      out.push(`    <system-out>${lines(verdictLine(input, report.options, t), ...baseline)}</system-out>`);
    }
    for (const [r, name] of caseNames(s.results))
      out.push(...testcase(r, name, rules.get(r.ruleId), report.options.failOn, t));
    // The run's warnings once, in the first suite, where Jenkins and GitLab show a suite's standard error.
    if (i === 0 && report.warnings.length)
      out.push(`    <system-err>${report.warnings.map((w) => x(warningText(w))).join('\n')}</system-err>`);
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};

/** Results grouped by input file, then by the pack of their rule, in report order. */
function suitesOf(report: Report, rules: Map<string, RuleInfo>): Suite[] {
  const suites = new Map<string, Suite>();
  const several = report.inputs.length > 1;
  for (const r of report.results) {
    const pack = rules.get(r.ruleId)?.pack ?? 'snc';
    const key = `${r.location.file}\0${pack}`;
    let s = suites.get(key);
    if (!s)
      suites.set(
        key,
        (s = { name: several ? `${pack} (${r.location.file})` : pack, file: r.location.file, pack, results: [] }),
      );
    s.results.push(r);
  }
  return [...suites.values()];
}

/** Each result with its testcase name: rule and subject, numbered when a suite has the same pair twice. */
function caseNames(results: Result[]): [Result, string][] {
  const seen = new Map<string, number>();
  return results.map((r) => {
    const base = r.subject ? `${r.ruleId} ${r.subject}` : r.ruleId;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [r, n === 1 ? base : `${base} #${n}`];
  });
}

function testcase(r: Result, name: string, rule: RuleInfo | undefined, failOn: Severity, t: Translate): string[] {
  const open = `    <testcase name="${x(name)}" classname="${x(`${rule?.pack ?? 'snc'}.${r.family}`)}" time="0"`;
  const summary = `${clauseText(r)} — ${statusMessage(r.status, r.message, t)}`;
  const labelled = (label: MessageId, value: string) => t('report.labelled', { label: t(label), value });
  // Each line is escaped on its own: a line break inside a value is shown as `\n`, never taken as one of the body's.
  const body = () =>
    [
      `${t('report.column.clause')} ${clauseText(r)} — ${rule?.title ?? r.ruleId}`,
      labelled('report.label.finding', r.message),
      ...r.details.map((d) => `  ${d}`),
      labelled('report.label.severity', t(`severity.${r.severity}`)),
      labelled('report.label.location', `${locationOf(r)} (${r.subject || '/'})`),
      labelled('report.label.sources', sourceList(r, t)),
      ...(r.baselineState ? [labelled('report.label.baseline', baselineLine(r, t)!)] : []),
      ...evidenceLines(r.evidence).map((e) => labelled('report.label.evidence', e)),
      ...(rule ? [labelled('report.label.remediation', rule.remediation)] : []),
    ]
      .map(x)
      .join('\n');
  switch (r.status) {
    case 'fail':
    case 'unknown':
      // Unknown gates like a failure, under its own type so that CI shows it apart; what does not gate passes.
      if (r.gating)
        return [
          `${open}>`,
          `      <failure type="${r.status}" message="${x(summary)}">${body()}</failure>`,
          '    </testcase>',
        ];
      return [
        `${open}>`,
        `      <system-out>${x(passReason(r, failOn, t))}\n${body()}</system-out>`,
        '    </testcase>',
      ];
    case 'not-applicable':
      return [`${open}>`, `      <skipped message="${x(summary)}"/>`, '    </testcase>'];
    case 'waived':
      // Skipped, with the waiver's justification, who approved it and until when: CI shows it apart from a pass.
      return [
        `${open}>`,
        `      <skipped message="${x(waiverLine(r, t) ?? summary)}">${lines(summary, r.waiver ? waiverWhere(r, t) : undefined)}</skipped>`,
        '    </testcase>',
      ];
    case 'pass':
      // What was found, and what it rests on: the sources of its facts, or who attested it.
      return [`${open}>`, `      <system-out>${lines(summary, basedOn(r, t))}</system-out>`, '    </testcase>'];
  }
}

/** Why a fail or unknown passes: the baseline knows it, --allow-unknown lets it through, or its severity is below --fail-on. */
function passReason(r: Result, failOn: Severity, t: Translate): string {
  if (knownFromBaseline(r)) return `${baselineLine(r, t)!}.`;
  if (r.status === 'unknown' && atLeast(r.severity, failOn)) return t('report.unknown-let-through');
  return t('report.does-not-gate', { severity: t(`severity.${r.severity}`) });
}

/** Lines of element text, each escaped on its own so that the breaks between them stay breaks. */
const lines = (...texts: (string | undefined)[]): string =>
  texts
    .filter((l) => l !== undefined)
    .map(x)
    .join('\n');
