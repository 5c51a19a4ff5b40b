// Attestations for a run: read the file, refuse those for a provider not judged, and warn on terms and unused entries.

import { InputError } from '../core/input-error.js';
import { translate } from '../i18n/format.js';
import { readYaml, type ReadLimits } from '../load/read-yaml.js';
import { attestationTerm, concerns, type Attestation } from '../model/attestation.js';
import type { Description } from '../model/description.js';
import { validateAttestations } from '../schema/validate-attestations.js';
import type { Lang } from '../i18n/types.js';
import { daysBetween } from './evaluation-date.js';
import type { Rule } from './types.js';
import type { ReportWarning } from './report-types.js';
import { EXPIRY_NOTICE_DAYS, warning } from './warning.js';

/** An attestations file, read and validated. */
export interface AttestationFile {
  file: string;
  sha256: string;
  attestations: Attestation[];
}

export function readAttestations(file: string, limits: ReadLimits): AttestationFile {
  const doc = readYaml(file, limits, 'attestations');
  return { file, sha256: doc.sha256, attestations: validateAttestations(doc) };
}

/** Refuse an attestation whose provider is not the provider of a description judged in this run. */
export function assertProviders(f: AttestationFile, providers: ReadonlySet<string>): void {
  const wrong = f.attestations.find((a) => !providers.has(a.provider));
  if (wrong)
    throw new InputError(
      (lang) =>
        translate(lang, 'input.attestation.other-provider', {
          provider: wrong.provider,
          count: providers.size,
          providers: [...providers].map((p) => `\`${p}\``).join(', '),
        }),
      wrong.at,
    );
}

/** Refuse an attestation that relies on a source the description of its provider does not define. */
export function assertCitedSources(attestations: readonly Attestation[], description: Description, file: string): void {
  for (const a of attestations)
    for (const id of a.sources ?? [])
      if (!Object.prototype.hasOwnProperty.call(description.sources ?? {}, id))
        throw new InputError((lang) => translate(lang, 'input.attestation.source-undefined', { id, file }), a.at);
}

/** The rules judged from attestations, with the provider of the description they ran on. */
export interface AttestedRun {
  provider: string;
  rules: readonly Rule[];
}

/** Warnings about attestations: concerning no rule that reads them, expired, not yet in force, or expiring soon. */
export function attestationWarnings(
  f: AttestationFile,
  runs: readonly AttestedRun[],
  date: string,
  lang: Lang,
): ReportWarning[] {
  const out: ReportWarning[] = [];
  for (const a of f.attestations) {
    const what =
      a.rule !== undefined
        ? warning(lang, 'warning.what-rule', { rule: a.rule }).message
        : warning(lang, 'warning.what-clause', { clause: a.clause! }).message;
    const used = runs.some(
      (r) =>
        r.provider === a.provider && r.rules.some((rule) => rule.checkFunction.readsAttestations && concerns(a, rule)),
    );
    const term = attestationTerm(a, date);
    const left = daysBetween(date, a.expires);
    if (!used) out.push(warning(lang, 'warning.attestation-unused', { what, by: a.by }, a.at));
    else if (term === 'expired')
      out.push(warning(lang, 'warning.attestation-expired', { what, by: a.by, expires: a.expires }, a.at));
    else if (term === 'not-yet')
      out.push(warning(lang, 'warning.attestation-not-yet', { what, by: a.by, date: a.date }, a.at));
    else if (left <= EXPIRY_NOTICE_DAYS)
      out.push(warning(lang, 'warning.attestation-expiring', { what, by: a.by, expires: a.expires, days: left }, a.at));
  }
  return out;
}
