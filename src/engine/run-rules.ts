// Run rules over one description: call each rule's check, then place and word every result.

import { clipDeep } from '../core/clip.js';
import { render } from '../i18n/format.js';
import type { Lang, MessageValue } from '../i18n/types.js';
import type { SourceDocument } from '../load/read-yaml.js';
import { concerns, type Attestation } from '../model/attestation.js';
import { citationsAt } from '../model/citations.js';
import { subjectId } from '../model/subject-id.js';
import type { CheckContext, CheckResult, Rule, UngatedResult } from './types.js';
import type { AttestationRecord, SourceRef } from './report-types.js';

const attestationRecord = (a: Attestation): AttestationRecord => ({
  status: a.status,
  by: a.by,
  date: a.date,
  expires: a.expires,
  justification: a.justification,
  ...(a.sources ? { sources: a.sources } : {}),
  ...a.at,
});

/** The sources behind a result: those of its subject, and of every other fact it names, each id once. */
function sourcesOf(
  r: CheckResult,
  shared: readonly string[],
  doc: SourceDocument,
  sources: ReadonlyMap<string, SourceRef>,
): SourceRef[] {
  if (sources.size === 0) return [];
  const ids = new Set(citationsAt(doc.value, r.subject));
  const facts = typeof r.facts === 'function' ? r.facts() : (r.facts ?? []);
  for (const f of [...shared, ...facts]) for (const id of citationsAt(doc.value, f, true)) ids.add(id);
  for (const id of r.attestation?.sources ?? []) ids.add(id);
  return [...ids].flatMap((id) => (sources.has(id) ? [sources.get(id)!] : []));
}

/** Values with each place in the description (`{ at }`) given its line, where the description has it. */
function withLines(values: Record<string, MessageValue>, doc: SourceDocument): Record<string, MessageValue> {
  const out: Record<string, MessageValue> = {};
  for (const [k, v] of Object.entries(values))
    out[k] = typeof v === 'object' && 'at' in v ? { at: v.at, line: doc.locate(v.at).line } : v;
  return out;
}

/**
 * Every result of every rule on one description, in rule order then in the order the check gave, with the sources
 * of the facts it used (read in the description as written). The context holds every attestation about the
 * provider; a check that reads attestations gets those of its rule, others none.
 */
export function runRules(
  rules: Rule[],
  context: CheckContext,
  doc: SourceDocument,
  lang: Lang,
  sources: ReadonlyMap<string, SourceRef> = new Map(),
): UngatedResult[] {
  const results: UngatedResult[] = [];
  for (const rule of rules) {
    const fn = rule.checkFunction;
    const attestations = fn.readsAttestations ? context.attestations.filter((a) => concerns(a, rule)) : [];
    const ctx = { ...context, attestations };
    let found: ReturnType<typeof fn.run>;
    let shared: string[];
    try {
      found = fn.run(rule.check.with, ctx);
      shared = fn.factsUsed?.(rule.check.with, ctx) ?? [];
    } catch (err) {
      // A check that throws is a bug of snc: say which rule and function, keep the error as the cause for --debug.
      throw new Error(
        `rule ${rule.id} (check function ${fn.name}): ${err instanceof Error ? err.message : String(err)}`,
        { cause: err },
      );
    }
    // A finding whose message id the check does not declare could lack a text in some language: a bug of snc too.
    const undeclared = found.find((r) => !fn.messages.includes(r.message.id));
    if (undeclared)
      throw new Error(
        `rule ${rule.id} (check function ${fn.name}): message id \`${undeclared.message.id}\` is not one it declares`,
      );
    if (found.length === 0)
      found = [{ status: 'not-applicable', subject: '', message: { id: 'engine.nothing-to-judge' } }];
    for (const r of found) {
      // Names and ids come from the description: each is echoed at most ECHO_LIMIT characters long.
      const message = { id: r.message.id, values: clipDeep(r.message.values ?? {}) };
      const details = (r.details ?? []).map((d) => ({ id: d.id, values: clipDeep(withLines(d.values ?? {}, doc)) }));
      results.push({
        ruleId: rule.id,
        clause: rule.clause,
        clauses: rule.clauses,
        family: rule.family,
        severity: rule.severity,
        status: r.status,
        subject: r.subject,
        subjectId: subjectId(doc.value, r.subject),
        location: { file: doc.file, ...doc.locate(r.subject) },
        messageId: message.id,
        values: message.values,
        message: render(lang, message),
        details: details.map((d) => render(lang, d)),
        ...(r.evidence ? { evidence: r.evidence } : {}),
        ...(r.attestation ? { attestation: attestationRecord(r.attestation) } : {}),
        sources: sourcesOf(r, shared, doc, sources),
      });
    }
  }
  return results;
}
