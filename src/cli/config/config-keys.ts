// The keys a configuration file may hold, one line each: the option of `snc check` it sets, its value, its paths.

import { SEVERITIES } from '../../engine/report-types.js';
import { LANGS } from '../../i18n/types.js';
import { PROFILES } from '../../model/description.js';
import { FORMAT_NAMES } from '../../report/formats.js';

/** How the relative paths of a value are read: against the folder of the configuration file. */
export type PathKind = 'file' | 'files' | 'formats';

export interface ConfigKey {
  /** The key in the file: the long option in camelCase. */
  key: string;
  /** The option of `snc check` that the key sets; the command line wins over the file. */
  flag: `--${string}`;
  /** JSON Schema of the value. */
  schema: Record<string, unknown>;
  /** Where the value holds paths, if it does. */
  paths?: PathKind;
  description: string;
  /** What applies when neither the command line nor the file sets it, for --print-config. */
  otherwise?: string;
}

const path = { type: 'string', minLength: 1, description: 'a path, relative to the folder of the configuration file' };
const listOf = (item: Record<string, unknown>) => ({ type: 'array', items: item, minItems: 1 });
const formatSpec = {
  type: 'string',
  pattern: `^(${FORMAT_NAMES.join('|')})(=.+)?$`,
  description: `a format (${FORMAT_NAMES.join(', ')}), optionally =FILE`,
};

export const CONFIG_KEYS: readonly ConfigKey[] = [
  {
    key: 'profiles',
    flag: '--profile',
    schema: listOf({ enum: [...PROFILES] }),
    description: "profiles to judge against, instead of the descriptions' own",
    otherwise: "each description's own",
  },
  { key: 'rules', flag: '--rules', schema: listOf(path), paths: 'files', description: 'extra rule packs (YAML files)' },
  {
    key: 'formats',
    flag: '--format',
    schema: listOf(formatSpec),
    paths: 'formats',
    description: 'report formats, each optionally written to a file (F=FILE)',
    otherwise: 'text',
  },
  {
    key: 'lang',
    flag: '--lang',
    schema: { enum: [...LANGS] },
    description: 'report language',
    otherwise: 'from LANG, LC_ALL or LC_MESSAGES',
  },
  {
    key: 'failOn',
    flag: '--fail-on',
    schema: { enum: [...SEVERITIES].reverse() },
    description: 'lowest severity that gates',
  },
  {
    key: 'allowUnknown',
    flag: '--allow-unknown',
    schema: { type: 'boolean' },
    description: 'unknown verdicts (missing facts) do not gate',
  },
  {
    key: 'date',
    flag: '--date',
    schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a date YYYY-MM-DD' },
    description: 'evaluation date',
    otherwise: 'today, or SOURCE_DATE_EPOCH',
  },
  { key: 'waivers', flag: '--waivers', schema: path, paths: 'file', description: 'waiver file' },
  { key: 'attestations', flag: '--attestations', schema: path, paths: 'file', description: 'attestation file' },
  {
    key: 'requireSources',
    flag: '--require-sources',
    schema: { type: 'boolean' },
    description: 'strict audit: a fact that cites no source counts as not given',
  },
  {
    key: 'sourceMaxAge',
    flag: '--source-max-age',
    schema: { type: 'integer', minimum: 1 },
    description: 'months after which a source is reported as old',
    otherwise: '12',
  },
  {
    key: 'baseline',
    flag: '--baseline',
    schema: path,
    paths: 'file',
    description: 'baseline report (JSON) whose findings do not gate',
  },
  {
    key: 'updateBaseline',
    flag: '--update-baseline',
    schema: path,
    paths: 'file',
    description: "file to write the run's JSON report to, as the next runs' baseline",
  },
];

/** The attribute commander gives an option: `--fail-on` → `failOn`. */
export const attributeOf = (flag: string): string =>
  flag.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
