// The programmatic API: check(files, options) → Report. The CLI is a thin layer over this.

import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import {
  assertCitedSources,
  assertProviders,
  attestationWarnings,
  readAttestations,
  type AttestedRun,
} from './engine/attestations.js';
import { checkOptions } from './engine/check-options.js';
import { evaluationDate, reportTime } from './engine/evaluation-date.js';
import { DEFAULT_SOURCE_MAX_AGE, readSources, sourceRef, undocumentedWarning } from './engine/sources.js';
import { documentedOnly } from './model/documented-only.js';
import { hashFile } from './load/hash-file.js';
import { InputError } from './core/input-error.js';
import { diff, reportFacts } from './engine/diff.js';
import { runRules } from './engine/run-rules.js';
import { applyWaivers, readWaivers } from './engine/waivers.js';
import { compareWithBaseline, readBaseline } from './engine/baseline.js';
import { repoRelativePath } from './core/repo-path.js';
import { checks } from './checks/index.js';
import { DEFAULT_PROFILE, PackSet, profilesFor } from './engine/select-rules.js';
import { controlReading } from './engine/control-reading.js';
import { combine, summarize } from './engine/summarize.js';
import { warning } from './engine/warning.js';
import type { CheckOptions, RulePack, UngatedResult } from './engine/types.js';
import type {
  Diff,
  InputRecord,
  ProvenanceRecord,
  Report,
  ReportWarning,
  Result,
  RuleInfo,
} from './engine/report-types.js';
import { factsHash, resultFingerprints, withGate } from './engine/gate.js';
import { readYaml, readYamlBytes, DEFAULT_LIMITS, type ReadLimits } from './load/read-yaml.js';
import type { Description } from './model/description.js';
import { deriveFacts, type Facts } from './model/facts.js';
import { holdingsAbove } from './model/ownership/holdings.js';
import { carryPrecise } from './model/ownership/analyze.js';
import type { ProviderOwnership } from './model/ownership/types.js';
import { validateDescription } from './schema/validate-description.js';
import { dataDir, packageRoot } from './core/paths.js';
import { builtinPackFiles } from './engine/load-packs.js';
import type { Lang } from './i18n/types.js';
import { inLang } from './i18n/format.js';

export type { CheckOptions } from './engine/types.js';
export type { Diff, FactChange, Report, ReportWarning, Result, VerdictChange } from './engine/report-types.js';
export type { Attestation } from './model/attestation.js';
export type { OwnershipReport, ProviderOwnership } from './model/ownership/types.js';
export { InputError } from './core/input-error.js';

let version: string | undefined;
/** This package's version, from package.json. */
export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}

/** A file the report was made from, with its hash (it was read moments ago: one that cannot be read now is an error). */
function fileRecord(role: ProvenanceRecord['role'], file: string): ProvenanceRecord {
  const hashed = hashFile(file);
  if (!('sha256' in hashed))
    throw new InputError(inLang('input.file.unreadable', { problem: hashed.problem }), { file });
  return { role, file, sha256: hashed.sha256 };
}

/** Built-in packs are shown relative to the package, so reports do not depend on where it is installed. */
function displayPath(file: string): string {
  const rel = relative(packageRoot, file);
  return isAbsolute(file) && !rel.startsWith('..') ? rel.split('\\').join('/') : file;
}

const ruleInfo =
  (lang: Lang) =>
  (r: RulePack['rules'][number]): RuleInfo => ({
    id: r.id,
    pack: r.pack,
    clause: r.clause,
    clauses: r.clauses,
    family: r.family,
    severity: r.severity,
    title: r.title[lang],
    rationale: r.rationale[lang],
    remediation: r.remediation[lang],
  });

/** A description given as bytes rather than a path (standard input), with the name it goes by in reports. */
export interface SourceInput {
  file: string;
  bytes: Uint8Array;
}

/** A file a run reads, and what it is ("description", "rule pack", …): no report may be written over it. */
export interface InputFile {
  file: string;
  role: string;
}

/**
 * Every file check(files, options) may read: the descriptions, the rule packs and the attestations file given, and the
 * packs and data that ship with snc. A caller that reads more files for the run (a configuration file) adds them
 * before it writes reports; a file read later (a source a description cites) is added by whoever reads it.
 */
export function filesRead(
  files: readonly (string | SourceInput)[],
  options: Pick<CheckOptions, 'rulePacks' | 'attestations' | 'waivers' | 'baseline'> = {},
): InputFile[] {
  return [
    ...files.flatMap((file) => (typeof file === 'string' ? [{ file, role: 'description' }] : [])),
    ...(options.rulePacks ?? []).map((file) => ({ file, role: 'rule pack' })),
    ...(options.attestations !== undefined ? [{ file: options.attestations, role: 'attestations file' }] : []),
    ...(options.waivers !== undefined ? [{ file: options.waivers, role: 'waivers file' }] : []),
    ...(options.baseline !== undefined ? [{ file: options.baseline, role: 'baseline report' }] : []),
    ...[...builtinPackFiles().values()].map((file) => ({ file, role: 'rule pack' })),
    ...readdirSync(dataDir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({ file: join(dataDir, name), role: 'data file' })),
  ];
}

/**
 * Judge description files against their profiles' rule packs. Throws InputError (exit 2) when a file or a
 * pack cannot be judged; a finding is never an exception.
 */
export function check(
  files: readonly (string | SourceInput)[],
  options: CheckOptions & { limits?: Partial<ReadLimits> } = {},
): Report {
  checkOptions(options, files);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const now = reportTime();
  const lang = options.lang ?? 'en';
  const failOn = options.failOn ?? 'error';
  const allowUnknown = options.allowUnknown ?? false;
  const date = evaluationDate(options.date);
  const packs = new PackSet(checks);
  const usedPacks = new Map<string, RulePack>();
  const rules = new Map<string, RuleInfo>();
  const inputs: InputRecord[] = [];
  const ungated: UngatedResult[][] = [];
  const ownership: ProviderOwnership[] = [];
  const warnings: ReportWarning[] = [];
  const provenance: ProvenanceRecord[] = [];
  const attestations = options.attestations !== undefined ? readAttestations(options.attestations, limits) : undefined;
  if (options.configuration !== undefined) provenance.push(fileRecord('configuration', options.configuration));
  if (attestations) provenance.push({ role: 'attestations', file: attestations.file, sha256: attestations.sha256 });
  const waivers = options.waivers !== undefined ? readWaivers(options.waivers, limits) : undefined;
  if (waivers) provenance.push({ role: 'waivers', file: waivers.file, sha256: waivers.sha256 });
  const baseline = options.baseline !== undefined ? readBaseline(options.baseline, limits) : undefined;
  if (baseline) provenance.push({ role: 'baseline', file: baseline.file, sha256: baseline.sha256 });
  const attested: AttestedRun[] = [];
  const requireSources = options.requireSources ?? false;
  const sourceMaxAge = options.sourceMaxAge ?? DEFAULT_SOURCE_MAX_AGE;
  const sourcePolicy = { requireSources, maxAgeMonths: sourceMaxAge, date, lang };

  for (const input of files) {
    const doc = typeof input === 'string' ? readYaml(input, limits) : readYamlBytes(input.file, input.bytes, limits);
    const file = doc.file;
    const { description, holdings } = validateDescription(doc);
    const profiles = profilesFor(description, options.profiles);
    const selected = packs.resolve([...profiles, ...(options.rulePacks ?? [])]);
    const notJudged = (description.profiles ?? []).filter((p) => !selected.some((pack) => pack.pack === p));
    if (notJudged.length > 0)
      warnings.push(
        warning(
          lang,
          'warning.profiles-not-judged',
          { declared: { list: notJudged }, judged: { list: profiles } },
          { file, ...doc.locate('/profiles') },
        ),
      );
    const fileRules = PackSet.rules(selected);
    for (const p of selected) usedPacks.set(p.pack, p);
    for (const r of fileRules) if (!rules.has(r.id)) rules.set(r.id, ruleInfo(lang)(r));
    const own = (attestations?.attestations ?? []).filter((a) => a.provider === description.provider);
    assertCitedSources(own, description, file);
    const cited = readSources(
      description,
      doc,
      sourcePolicy,
      own.flatMap((a) => a.sources ?? []),
    );
    warnings.push(...cited.warnings);
    provenance.push(...cited.provenance);
    const judged = requireSources ? documentedOnly(description) : { description, undocumented: [] };
    if (judged.undocumented.length > 0) warnings.push(undocumentedWarning(judged.undocumented, doc, lang));
    const reading = controlReading(fileRules, () => PackSet.rules(packs.resolve([DEFAULT_PROFILE])));
    // The strict view has stakes of its own (uncited ones dropped), so its graph is built anew.
    const graph = judged.description === description ? holdings : undefined;
    const facts = deriveFacts(judged.description, date, reading, graph);
    const context = { description: judged.description, facts, date, attestations: own };
    const refs = new Map(cited.records.map((s) => [s.id, sourceRef(s)]));
    ungated.push(runRules(fileRules, context, doc, lang, refs));
    attested.push({ provider: description.provider, rules: fileRules });
    inputs.push({
      file,
      repoPath: repoRelativePath(file),
      sha256: doc.sha256,
      name: description.name,
      provider: description.provider,
      providerName: description.entities[description.provider]?.name ?? description.provider,
      offer: description.offer.name,
      profiles,
      sources: cited.records,
      summary: summarize([]),
    });
    ownership.push(providerOwnership(file, date, judged.description, context.facts));
  }

  if (attestations) {
    assertProviders(attestations, new Set(inputs.map((i) => i.provider)));
    warnings.push(...attestationWarnings(attestations, attested, date, lang));
  }
  let verdicts = ungated.flat();
  if (waivers) {
    const waived = applyWaivers(verdicts, waivers, date, lang, (f) => repoRelativePath(f));
    verdicts = waived.results;
    warnings.push(...waived.warnings);
  }

  // Each finding's identity across runs, and the hash of the facts it judged: what a baseline compares.
  const fingerprints = resultFingerprints(verdicts);
  let identified: Omit<Result, 'gating'>[] = verdicts.map((r, i) => ({
    ...r,
    fingerprint: fingerprints[i]!,
    factsHash: factsHash(r),
  }));
  let compared: Report['baseline'];
  if (baseline) {
    const c = compareWithBaseline(identified, baseline, new Set(inputs.map((i) => i.repoPath)));
    identified = c.results;
    compared = c.baseline;
  }

  const timestamp = options.timestamp ?? true;
  // Each file's results under the gate, and its own summary; the run's summary combines them.
  const gated = withGate(identified, { failOn, allowUnknown });
  let start = 0;
  for (const [i, rs] of ungated.entries()) {
    inputs[i]!.summary = summarize(gated.slice(start, start + rs.length), baseline !== undefined);
    start += rs.length;
  }
  const results = gated;
  return {
    reportVersion: 1,
    tool: { name: 'snc', version: toolVersion() },
    ...(timestamp ? { generatedAt: now.toISOString() } : {}),
    evaluationDate: date,
    lang,
    options: { failOn, allowUnknown, requireSources, sourceMaxAge },
    packs: [...usedPacks.values()].map((p) => ({
      pack: p.pack,
      file: displayPath(p.file),
      sha256: p.sha256,
      title: p.title[lang],
    })),
    inputs,
    rules: [...rules.values()],
    results,
    summary: combine(
      results,
      inputs.map((i) => i.summary),
      baseline !== undefined,
    ),
    warnings,
    provenance,
    ...(compared ? { baseline: compared } : {}),
    ownership,
  };
}

/**
 * The ownership analysis of a description's provider (19.6.b): its holders in both readings, the paths that make
 * up each non-EU share, what is unexplained, who controls it. Throws InputError (exit 2) on bad input.
 */
export function ownershipOf(
  file: string,
  options: {
    date?: string;
    limits?: Partial<ReadLimits>;
    profiles?: CheckOptions['profiles'];
    rulePacks?: string[];
  } = {},
): ProviderOwnership {
  checkOptions(options);
  if (typeof file !== 'string' || file === '') throw new InputError(`file: expected a file path, got ${typeof file}`);
  const date = evaluationDate(options.date);
  const doc = readYaml(file, { ...DEFAULT_LIMITS, ...options.limits });
  const { description, holdings } = validateDescription(doc);
  // The thresholds are those of the packs a check of this file would load: its profiles and the packs given.
  const packs = new PackSet(checks);
  const rules = PackSet.rules(
    packs.resolve([...profilesFor(description, options.profiles), ...(options.rulePacks ?? [])]),
  );
  const reading = controlReading(rules, () => PackSet.rules(packs.resolve([DEFAULT_PROFILE])));
  return providerOwnership(file, date, description, deriveFacts(description, date, reading, holdings));
}

/** The provider's analysis with the holdings above it, every entity they name labelled. */
function providerOwnership(file: string, date: string, description: Description, facts: Facts): ProviderOwnership {
  const analysis = facts.ownership(description.provider);
  const thresholds = { individual: facts.reading.individual, collective: facts.reading.collective };
  if (!analysis.applicable) return carryPrecise(analysis, { file, date, thresholds, ...analysis });
  const { holdings, omitted, labels } = holdingsAbove(description, facts, description.provider);
  return carryPrecise(analysis, {
    file,
    date,
    thresholds,
    ...analysis,
    entities: { ...labels, ...analysis.entities },
    holdings,
    ...(omitted ? { holdingsOmitted: omitted } : {}),
  });
}

/** A JSON report of `snc check`, as `snc diff` reads it: only what it compares is checked. */
function asReport(value: unknown, file: string): Report | undefined {
  if (value === null || typeof value !== 'object' || (value as { reportVersion?: unknown }).reportVersion === undefined)
    return undefined;
  const r = value as Partial<Report>;
  const results = r.results as unknown[] | undefined;
  const fine =
    r.reportVersion === 1 &&
    Array.isArray(results) &&
    results.every(
      (x) =>
        x !== null &&
        typeof x === 'object' &&
        typeof (x as Result).ruleId === 'string' &&
        typeof (x as Result).status === 'string' &&
        typeof (x as Result).subject === 'string',
    ) &&
    Array.isArray(r.inputs);
  if (!fine) throw new InputError(inLang('input.diff.not-a-report'), { file });
  return r as Report;
}

/**
 * What changed from one version of a description to another (or from one JSON report to another): the verdicts, the
 * facts, and those that 19.6.f covers. Descriptions are judged with the options; reports are read as they are.
 */
export function diffOf(
  oldFile: string,
  newFile: string,
  options: CheckOptions & { limits?: Partial<ReadLimits> } = {},
): Diff {
  checkOptions(options, [oldFile, newFile]);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const side = (file: string) => {
    const doc = readYaml(file, limits, 'comparable');
    const report = asReport(doc.value, file);
    if (report) return { file, kind: 'report' as const, sha256: doc.sha256, report, facts: reportFacts(report) };
    return {
      file,
      kind: 'description' as const,
      sha256: doc.sha256,
      report: check([file], { ...options, timestamp: false }),
      facts: doc.value,
    };
  };
  const before = side(oldFile);
  const after = side(newFile);
  if (before.kind !== after.kind)
    throw new InputError(
      inLang('input.diff.kinds', { old: oldFile, oldKind: before.kind, new: newFile, newKind: after.kind }),
      { file: newFile },
    );
  return diff({ old: before, new: after }, options.lang ?? 'en');
}
