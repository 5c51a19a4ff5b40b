// Load rule packs (YAML data) and validate them: the pack schema, then each rule's check, its parameters, their countries.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clip } from '../core/clip.js';
import { InputError } from '../core/input-error.js';
import { readYaml } from '../load/read-yaml.js';
import { pointer } from '../core/json-pointer.js';
import { regions } from '../model/regions.js';
import { validator } from '../schema/compile-validator.js';
import { explainSchemaError } from '../schema/explain-schema-error.js';
import { countryHint } from '../schema/suggest-fix.js';
import { rulesDir } from '../core/paths.js';
import { packSchema } from './pack-schema.js';
import { frenchTypography } from '../i18n/typography.js';
import type { Lang, LocalizedText } from '../i18n/types.js';
import { inLang, translate } from '../i18n/format.js';
import type { CheckRegistry, Rule, RulePack } from './types.js';

/** The pattern check parameter schemas give a country code; its values must also name a real country. */
const COUNTRY_PATTERN = '^[A-Z]{2}$';

/** Pointers (relative to `value`) of the strings that `schema` says are country codes but that name no country. */
function unknownCountries(schema: unknown, value: unknown, at: string[] = []): { path: string[]; code: string }[] {
  if (schema === null || typeof schema !== 'object') return [];
  const s = schema as { pattern?: string; items?: unknown; properties?: Record<string, unknown> };
  if (typeof value === 'string')
    return s.pattern === COUNTRY_PATTERN && !regions().isCountry(value) ? [{ path: at, code: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unknownCountries(s.items, v, [...at, String(i)]));
  if (value !== null && typeof value === 'object' && s.properties)
    return Object.entries(value).flatMap(([k, v]) => unknownCountries(s.properties![k], v, [...at, k]));
  return [];
}

/** Read and validate one pack file. Throws InputError naming the file, the rule and the parameter, at its position. */
export function loadPack(file: string, checks: CheckRegistry): RulePack {
  const doc = readYaml(file);
  citationError(
    doc.value,
    (message, ptr) =>
      new InputError((lang) => translate(lang, 'input.pack.invalid', { message: message(lang) }), {
        file,
        ...doc.locate(ptr),
      }),
  );
  const validate = validator('first-error', packSchema);
  if (!validate(doc.value)) {
    const { pointer: ptr, localized } = explainSchemaError(validate.errors![0]!, doc.value);
    throw new InputError((lang) => translate(lang, 'input.pack.invalid', { message: localized(lang) }), {
      file,
      ...doc.locate(ptr),
    });
  }
  const raw = doc.value as Omit<RulePack, 'file' | 'sha256'> & { rules: Omit<Rule, 'pack' | 'checkFunction'>[] };
  const rules = raw.rules.map((r, i): Rule => {
    const where = { pack: clip(raw.pack), rule: clip(r.id) };
    const fn = checks.get(r.check.fn);
    if (!fn)
      throw new InputError(inLang('input.pack.unknown-function', { ...where, fn: clip(r.check.fn) }), {
        file,
        ...doc.locate(pointer('rules', i, 'check')),
      });
    const params = structuredClone(r.check.with ?? {});
    const validateParams = validator('first-error', fn.parameters);
    if (!validateParams(params)) {
      const err = validateParams.errors![0]!;
      const { pointer: ptr, localized } = explainSchemaError(err, params);
      const { additionalProperty, missingProperty } = err.params as {
        additionalProperty?: string;
        missingProperty?: string;
      };
      const param = ptr === '' ? (additionalProperty ?? missingProperty ?? '') : ptr.slice(1).replace(/\//g, '.');
      const message = (lang: Lang) => localized(lang).replace(/^[^:]*?[\u00a0 ]?: /, '');
      throw new InputError(
        (lang) =>
          translate(lang, 'input.pack.parameter', {
            ...where,
            param: clip(param),
            fn: fn.name,
            message: message(lang),
          }),
        {
          file,
          ...doc.locate(pointer('rules', i, 'check', 'with', ...(ptr ? ptr.slice(1).split('/') : []))),
        },
      );
    }
    const [country] = unknownCountries(fn.parameters, params);
    if (country)
      throw new InputError(
        (lang) =>
          translate(lang, 'input.pack.country', {
            ...where,
            param: country.path.join('.'),
            fn: fn.name,
            code: clip(country.code),
            hint: countryHint(country.code, lang),
          }),
        {
          file,
          ...doc.locate(pointer('rules', i, 'check', 'with', ...country.path)),
        },
      );
    const { clause, clauses, ...rest } = r as Omit<Rule, 'pack' | 'clauses' | 'checkFunction'> & { clauses?: string[] };
    const cited = clauses ?? [clause];
    const texts = {
      title: french(r.title),
      rationale: french(r.rationale),
      remediation: french(r.remediation),
      ...(r.notes ? { notes: french(r.notes) } : {}),
    };
    return {
      ...rest,
      ...texts,
      clause: cited[0]!,
      clauses: cited,
      check: { fn: fn.name, with: params },
      checkFunction: fn,
      pack: raw.pack,
    };
  });
  return { ...raw, title: french(raw.title), rules, file, sha256: doc.sha256, locate: (ptr) => doc.locate(ptr) };
}

/** A rule cites `clause` or `clauses`, exactly one of them: said before the schema, whose `oneOf` reads badly. */
function citationError(value: unknown, error: (message: (lang: Lang) => string, pointer: string) => InputError): void {
  const rules = (value as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules)) return;
  rules.forEach((r, i) => {
    if (r === null || typeof r !== 'object') return;
    const has = (k: string) => Object.prototype.hasOwnProperty.call(r, k);
    if (has('clause') && has('clauses'))
      throw error(inLang('input.pack.clause-and-clauses', { index: String(i) }), pointer('rules', i, 'clauses'));
    if (!has('clause') && !has('clauses'))
      throw error(inLang('input.pack.no-clause', { index: String(i) }), pointer('rules', i));
  });
}

/** A pack text with its French set in French typography. */
const french = (text: LocalizedText): LocalizedText => ({ ...text, fr: frenchTypography(text.fr) });

/** The packs shipped in rules/, by pack id. */
export function builtinPackFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(rulesDir).sort())
    if (name.endsWith('.yaml')) files.set(name.slice(0, -5), join(rulesDir, name));
  return files;
}
