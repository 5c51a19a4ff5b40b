// SARIF 2.1.0 report for code scanning: one reportingDescriptor per rule, one result per fail, unknown or waived verdict.

import { createHash } from 'node:crypto';
import type { ReportWarning, Result, RuleInfo, Severity } from '../engine/types.js';
import { neutral, neutralJson } from '../neutral.js';
import { artifactUri } from './artifact-uri.js';
import { escapeMarkdown as md } from './escape.js';
import type { Formatter } from './formatter.js';
import { basedOn, clauseText, sentence, statusMessage, translator, type Translate } from './translator.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub code scanning's own severity scale, read from a rule's properties. */
const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'recommendation' };

/** The `$schema` a SARIF log names: SchemaStore's copy of SARIF 2.1.0, the one GitHub's documentation uses. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The SARIF 2.1.0 log of a report: what GitHub code scanning and other SARIF viewers read. */
export const formatSarif: Formatter = (report) => {
  const t = translator(report.lang);
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const artifactIndex = new Map(report.inputs.map((input, i) => [input.file, i]));
  const attested = report.results.flatMap((r) => (r.attestation ? [{ ruleId: r.ruleId, subject: r.subject, attestation: r.attestation }] : []));
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
            language: report.lang,
            rules: report.rules.map((r) => descriptor(r, t)),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(report.generatedAt ? { endTimeUtc: report.generatedAt } : {}),
            ...(report.warnings.length ? { toolExecutionNotifications: report.warnings.map(notification) } : {}),
          },
        ],
        language: report.lang,
        columnKind: 'utf16CodeUnits',
        artifacts: report.inputs.map((input) => ({
          location: { uri: artifactUri(input.file) },
          hashes: { 'sha-256': input.sha256 },
          roles: ['analysisTarget'],
        })),
        results: report.results
          .filter((r) => r.status === 'fail' || r.status === 'unknown' || r.status === 'waived')
          .map((r) => result(r, ruleIndex.get(r.ruleId), artifactIndex.get(r.location.file), t)),
        properties: {
          reportVersion: report.reportVersion,
          evaluationDate: report.evaluationDate,
          profiles: [...new Set(report.inputs.flatMap((i) => i.profiles))],
          packs: report.packs.map((p) => ({ pack: p.pack, sha256: p.sha256 })),
          options: report.options,
          summary: report.summary,
          // Attested verdicts, passes included (a SARIF result is only a problem): who attested, when, until when.
          ...(attested.length ? { attestations: attested } : {}),
        },
      },
    ],
  };
  return neutralJson(log, 2) + '\n';
};

/** A report warning as a SARIF notification, at its place in a file when it has one. */
function notification(w: ReportWarning) {
  const region = w.line !== undefined ? { region: { startLine: w.line, ...(w.column !== undefined ? { startColumn: w.column } : {}) } } : {};
  return {
    level: 'warning',
    message: { text: neutral(w.message) },
    descriptor: { id: w.id },
    ...(w.file !== undefined ? { locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(w.file) }, ...region } }] } : {}),
  };
}

/** A rule's descriptor: its texts come from a rule pack, so they are neutral, and escaped Markdown in `help.markdown`. */
function descriptor(r: RuleInfo, t: Translate) {
  const clause = `${t('report.column.clause')} ${neutral(clauseText(r))}`;
  const text = (s: string) => sentence(neutral(s));
  const markdown = (s: string) => md(sentence(s));
  const mdClause = `${md(t('report.column.clause'))} ${md(clauseText(r))}`;
  return {
    id: r.id,
    shortDescription: { text: text(r.title) },
    fullDescription: { text: text(r.rationale) },
    help: {
      text: `${clause}. ${text(r.rationale)}\n\n${t('report.labelled', { label: t('report.label.remediation'), value: text(r.remediation) })}`,
      markdown: `**${mdClause}** — ${markdown(r.title)}\n\n${markdown(r.rationale)}\n\n${t('report.labelled', { label: `**${md(t('report.label.remediation'))}**`, value: markdown(r.remediation) })}`,
    },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      clause: r.clause,
      clauses: r.clauses,
      family: r.family,
      pack: r.pack,
      severity: r.severity,
      'problem.severity': PROBLEM_SEVERITY[r.severity],
      precision: 'very-high',
      tags: ['compliance', r.pack, r.family, ...r.clauses.map((c) => `clause-${c}`)],
    },
  };
}

function result(r: Result, ruleIndex: number | undefined, artifactIndex: number | undefined, t: Translate) {
  const text = [r.message, ...r.details, basedOn(r, t)!].map((m) => sentence(neutral(m))).join(' ');
  return {
    ruleId: r.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    // A waived finding is a note: code scanning ignores suppressions, and must not open it as an error alert.
    level: r.status === 'waived' ? 'note' : LEVEL[r.severity],
    message: { text: statusMessage(r.status, text, t) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(r.location.file), ...(artifactIndex !== undefined ? { index: artifactIndex } : {}) },
          region: { startLine: r.location.line, startColumn: r.location.column },
        },
        logicalLocations: [{ fullyQualifiedName: r.subject || '/', kind: 'object' }],
      },
    ],
    // Stable across edits that move lines: the rule, the file and the JSON pointer of the subject.
    partialFingerprints: {
      'sncSubject/v1': createHash('sha256').update(`${r.ruleId}\0${r.location.file}\0${r.subject}`).digest('hex'),
    },
    // A waiver is an accepted external suppression (status defaults to accepted, and its name changed in 2.1.0's errata).
    ...(r.waiver ? { suppressions: [{ kind: 'external', justification: r.waiver.justification }] } : {}),
    properties: {
      status: r.status,
      clause: r.clause,
      clauses: r.clauses,
      family: r.family,
      subject: r.subject,
      messageId: r.messageId,
      sources: r.sources,
      ...(r.waiver ? { waiver: r.waiver } : {}),
      ...(r.evidence ? { evidence: r.evidence } : {}),
    },
  };
}
