// The options of the programmatic API, checked before any work: a bad option is an InputError, never a TypeError.

import { clip } from '../core/clip.js';
import { LANGS } from '../i18n/types.js';
import { InputError, wordRef } from '../core/input-error.js';
import { maxBytesProblem } from '../load/read-text.js';
import { builtinPackFiles } from './load-packs.js';
import { SEVERITIES } from './report-types.js';

/** Severities as options name them, highest first. */
const SEVERITIES_HIGHEST_FIRST = [...SEVERITIES].reverse();

const shown = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(clip(v));
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  return Array.isArray(v) ? 'a list' : `a ${typeof v}`;
};

/** A whole number of at least 1 (and at most `max`) for a limit, or an InputError naming the option. */
export function checkLimit(name: string, value: unknown, max = Number.MAX_SAFE_INTEGER): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1)
    throw new InputError(`option ${name}: expected a positive whole number, got ${shown(value)}`);
  if (value > max) throw new InputError(`option ${name}: ${value} is above the largest value snc can use, ${max}`);
}

/** Refuse options of `check()` and `ownershipOf()` that are not what they should be, naming the option and the value. */
export function checkOptions(options: unknown, files?: unknown): void {
  const isInput = (f: unknown) =>
    (typeof f === 'string' && f !== '') ||
    (f !== null &&
      typeof f === 'object' &&
      typeof (f as { file?: unknown }).file === 'string' &&
      (f as { bytes?: unknown }).bytes instanceof Uint8Array);
  if (files !== undefined && (!Array.isArray(files) || !files.every(isInput)))
    throw new InputError(`files: expected a list of file paths (or of { file, bytes }), got ${shown(files)}`);
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new InputError(`options: expected an object, got ${shown(options)}`);
  const o = options as Record<string, unknown>;
  const oneOf = (name: string, allowed: readonly string[]) => {
    const v = o[name];
    if (v !== undefined && (typeof v !== 'string' || !allowed.includes(v)))
      throw new InputError(`option ${name}: expected one of ${allowed.join(', ')}, got ${shown(v)}`);
  };
  const boolean = (name: string) => {
    if (o[name] !== undefined && typeof o[name] !== 'boolean')
      throw new InputError(`option ${name}: expected true or false, got ${shown(o[name])}`);
  };
  const strings = (name: string) => {
    const v = o[name];
    if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x === '')))
      throw new InputError(`option ${name}: expected a list of texts, got ${shown(v)}`);
  };
  oneOf('lang', LANGS);
  oneOf('failOn', SEVERITIES_HIGHEST_FIRST);
  boolean('allowUnknown');
  boolean('timestamp');
  strings('rulePacks');
  for (const name of ['attestations', 'waivers', 'baseline', 'configuration'])
    if (o[name] !== undefined && (typeof o[name] !== 'string' || o[name] === ''))
      throw new InputError(`option ${name}: expected a file path, got ${shown(o[name])}`);
  boolean('requireSources');
  if (o.sourceMaxAge !== undefined) checkLimit('sourceMaxAge', o.sourceMaxAge);
  strings('profiles');
  const profiles = [...builtinPackFiles().keys()];
  for (const p of (o.profiles as string[] | undefined) ?? [])
    if (!profiles.includes(p))
      throw new InputError(`option profiles: ${shown(p)} is not a profile (expected one of ${profiles.join(', ')})`);
  if (o.date !== undefined && typeof o.date !== 'string')
    throw new InputError(`option date: expected a date as YYYY-MM-DD, got ${shown(o.date)}`);
  if (o.limits !== undefined) {
    const l = o.limits as Record<string, unknown>;
    if (l === null || typeof l !== 'object') throw new InputError(`option limits: expected an object, got ${shown(l)}`);
    if (l.maxBytes !== undefined) {
      checkLimit('limits.maxBytes', l.maxBytes);
      const problem = maxBytesProblem(l.maxBytes as number);
      if (problem) throw new InputError((lang) => `option limits.maxBytes ${wordRef(lang, problem)}`);
    }
    if (l.maxDepth !== undefined) checkLimit('limits.maxDepth', l.maxDepth);
    if (l.maxAliases !== undefined) checkLimit('limits.maxAliases', l.maxAliases);
  }
}
