// SARIF 2.1.0 report for code scanning: one reportingDescriptor per rule, one result per fail, unknown or waived verdict.

import { repoRelativePath } from '../core/repo-path.js';
import { atLeast } from '../engine/gate.js';
import { SEVERITIES, type ReportWarning, type Result, type RuleInfo, type Severity } from '../engine/report-types.js';
import { neutral, neutralJson } from '../core/neutral.js';
import { artifactUri } from './artifact-uri.js';
import { HOMEPAGE, ruleHelpUri } from './rule-links.js';
import { verdictLine } from './verdict.js';
import { escapeMarkdown as md } from './escape.js';
import type { Formatter } from './formatter.js';
import { basedOn, clauseText, sentence, statusMessage } from './result-text.js';
import { translator, type Translate } from './translator.js';

/** A result's level: `error` only when it gates; otherwise `warning`, or `note` for an info rule. */
export const sarifLevel = (r: Pick<Result, 'gating' | 'severity'>): 'error' | 'warning' | 'note' =>
  r.gating ? 'error' : r.severity === 'info' ? 'note' : 'warning';

/** A rule's default level under the run's gate: what its results are when they gate, or the most they can be. */
const defaultLevel = (severity: Severity, failOn: Severity) =>
  sarifLevel({ gating: atLeast(severity, failOn), severity });

/**
 * A rule's `security-severity` for code scanning, from its severity relative to --fail-on: at or above it, 9.0
 * (critical) for an error rule and 7.0 (high) otherwise; one level below, 5.0 (medium); two below, 2.0 (low). Code
 * scanning fails a pull request on a high or critical one whatever the level, so a rule below --fail-on never is.
 */
export function securitySeverity(severity: Severity, failOn: Severity): string {
  if (atLeast(severity, failOn)) return severity === 'error' ? '9.0' : '7.0';
  return SEVERITIES.indexOf(failOn) - SEVERITIES.indexOf(severity) === 1 ? '5.0' : '2.0';
}

/** GitHub reads at most this many characters of a rule's `fullDescription`. */
export const FULL_DESCRIPTION_MAX = 1024;

/** A text within `max` characters: cut at a word and ended with an ellipsis when it is longer. */
export function within(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A rule's `name`: its id in Pascal case (`SNC-19.6-SEATS` → `Snc19.6Seats`), as SARIF viewers show names. */
export const ruleName = (id: string): string =>
  id
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
    .join('');
/** GitHub code scanning's own severity scale, read from a rule's properties. */
const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'recommendation' };

/** The `$schema` a SARIF log names: SchemaStore's copy of SARIF 2.1.0, the one GitHub's documentation uses. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The SARIF 2.1.0 log of a report: what GitHub code scanning and other SARIF viewers read. */
export const formatSarif: Formatter = (report, options) => {
  const t = translator(report.lang);
  const uri = (file: string) => artifactUri(repoRelativePath(file, { env: options.env }));
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const artifactIndex = new Map(report.inputs.map((input, i) => [input.file, i]));
  // Numbered over every result, whatever its status: a finding that turns into a pass does not renumber the others.
  const attested = report.results.flatMap((r) =>
    r.attestation ? [{ ruleId: r.ruleId, subject: r.subject, attestation: r.attestation }] : [],
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: HOMEPAGE,
            language: report.lang,
            rules: report.rules.map((r) => descriptor(r, report.options.failOn, t)),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(report.generatedAt ? { endTimeUtc: report.generatedAt } : {}),
            ...(report.warnings.length
              ? { toolExecutionNotifications: report.warnings.map((w) => notification(w, uri)) }
              : {}),
          },
        ],
        language: report.lang,
        columnKind: 'utf16CodeUnits',
        artifacts: report.inputs.map((input) => ({
          location: { uri: uri(input.file) },
          hashes: { 'sha-256': input.sha256 },
          roles: ['analysisTarget'],
        })),
        results: report.results
          .filter((r) => r.status === 'fail' || r.status === 'unknown' || r.status === 'waived')
          .map((r) => result(r, ruleIndex.get(r.ruleId), artifactIndex.get(r.location.file), uri, t)),
        properties: {
          reportVersion: report.reportVersion,
          evaluationDate: report.evaluationDate,
          profiles: [...new Set(report.inputs.flatMap((i) => i.profiles))],
          packs: report.packs.map((p) => ({ pack: p.pack, sha256: p.sha256 })),
          options: report.options,
          summary: report.summary,
          // Each file's verdict, as every format states it.
          verdicts: report.inputs.map((i) => ({
            file: uri(i.file),
            verdict: i.summary.verdict,
            text: neutral(verdictLine(i, report.options, t)),
          })),
          // Attested verdicts, passes included (a SARIF result is only a problem): who attested, when, until when.
          ...(attested.length ? { attestations: attested } : {}),
          // The baseline compared with: each result's baselineState says how it stands; what it had that is fixed.
          ...(report.baseline ? { baseline: { ...report.baseline, file: uri(report.baseline.file) } } : {}),
        },
      },
    ],
  };
  return neutralJson(log, 2) + '\n';
};

/** A report warning as a SARIF notification, at its place in a file when it has one. */
function notification(w: ReportWarning, uri: (file: string) => string) {
  const region =
    w.line !== undefined
      ? { region: { startLine: w.line, ...(w.column !== undefined ? { startColumn: w.column } : {}) } }
      : {};
  return {
    level: 'warning',
    message: { text: neutral(w.message) },
    descriptor: { id: w.id },
    ...(w.file !== undefined
      ? { locations: [{ physicalLocation: { artifactLocation: { uri: uri(w.file) }, ...region } }] }
      : {}),
  };
}

/** A rule's descriptor: its texts come from a rule pack, so they are neutral, and escaped Markdown in `help.markdown`. */
function descriptor(r: RuleInfo, failOn: Severity, t: Translate) {
  const clause = `${t('report.column.clause')} ${neutral(clauseText(r))}`;
  const text = (s: string) => sentence(neutral(s));
  const markdown = (s: string) => md(sentence(s));
  const mdClause = `${md(t('report.column.clause'))} ${md(clauseText(r))}`;
  return {
    id: r.id,
    name: ruleName(r.id),
    shortDescription: { text: within(text(r.title), FULL_DESCRIPTION_MAX) },
    fullDescription: { text: within(text(r.rationale), FULL_DESCRIPTION_MAX) },
    helpUri: ruleHelpUri(r.id),
    help: {
      text: `${clause}. ${text(r.rationale)}\n\n${t('report.labelled', { label: t('report.label.remediation'), value: text(r.remediation) })}`,
      markdown: `**${mdClause}** — ${markdown(r.title)}\n\n${markdown(r.rationale)}\n\n${t('report.labelled', { label: `**${md(t('report.label.remediation'))}**`, value: markdown(r.remediation) })}`,
    },
    defaultConfiguration: { level: defaultLevel(r.severity, failOn) },
    properties: {
      clause: r.clause,
      clauses: r.clauses,
      family: r.family,
      pack: r.pack,
      severity: r.severity,
      'problem.severity': PROBLEM_SEVERITY[r.severity],
      'security-severity': securitySeverity(r.severity, failOn),
      precision: 'very-high',
      tags: ['security', 'compliance', r.pack, r.family, ...r.clauses.map((c) => `clause-${c}`)],
    },
  };
}

function result(
  r: Result,
  ruleIndex: number | undefined,
  artifactIndex: number | undefined,
  uri: (file: string) => string,
  t: Translate,
) {
  const text = [r.message, ...r.details, basedOn(r, t)!].map((m) => sentence(neutral(m))).join(' ');
  return {
    ruleId: r.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    // A waived finding is a note: code scanning ignores suppressions, and must not open it as an error alert.
    level: r.status === 'waived' ? 'note' : sarifLevel(r),
    message: { text: statusMessage(r.status, text, t) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: {
            uri: uri(r.location.file),
            ...(artifactIndex !== undefined ? { index: artifactIndex } : {}),
          },
          region: { startLine: r.location.line, startColumn: r.location.column },
        },
        logicalLocations: [{ fullyQualifiedName: r.subject || '/', kind: 'object' }],
      },
    ],
    // The only key code scanning reads: stable when lines move, distinct for two subjects on one line; the JSON
    // report's fingerprint, what a baseline matches on.
    partialFingerprints: { primaryLocationLineHash: r.fingerprint },
    ...(r.baselineState ? { baselineState: r.baselineState } : {}),
    // A waiver is an accepted external suppression (status defaults to accepted, and its name changed in 2.1.0's errata).
    ...(r.waiver ? { suppressions: [{ kind: 'external', justification: r.waiver.justification }] } : {}),
    properties: {
      status: r.status,
      gating: r.gating,
      clause: r.clause,
      clauses: r.clauses,
      family: r.family,
      subject: r.subject,
      subjectId: r.subjectId,
      factsHash: r.factsHash,
      ...(r.baselineStatus ? { baselineStatus: r.baselineStatus } : {}),
      messageId: r.messageId,
      sources: r.sources,
      ...(r.waiver ? { waiver: r.waiver } : {}),
      ...(r.evidence ? { evidence: r.evidence } : {}),
    },
  };
}
