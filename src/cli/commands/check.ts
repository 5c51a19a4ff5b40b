// `snc check`: judge files, then write each requested format (to stdout or a file) and return the exit code.

import { check } from '../../api.js';
import { exitCodeOf } from '../../engine/summarize.js';
import { InputError } from '../../load/input-error.js';
import { DEFAULT_LIMITS } from '../../load/read-yaml.js';
import type { Profile } from '../../model/description.js';
import { FORMAT_NAMES, loadFormatter } from '../../report/index.js';
import { defaultLang, wantsColor, type CliIo } from '../io.js';
import { assertDistinct, assertWritable, writeAllAtomically } from '../write-output.js';

interface CheckFlags {
  profile?: Profile[];
  format: string[];
  lang?: 'en' | 'fr';
  failOn: 'error' | 'warning' | 'info';
  allowUnknown?: boolean;
  date?: string;
  rules?: string[];
  timestamp: boolean;
  maxBytes?: number;
  maxDepth?: number;
  maxAliases?: number;
}

interface OutputSpec {
  format: string;
  file?: string;
}

/** Parse `--format F[=FILE]` values; every file is checked writable before any work. */
export function parseFormats(values: string[]): OutputSpec[] {
  const specs = (values.length ? values : ['text']).map((v) => {
    const eq = v.indexOf('=');
    const format = eq < 0 ? v : v.slice(0, eq);
    const file = eq < 0 ? undefined : v.slice(eq + 1);
    if (!FORMAT_NAMES.includes(format))
      throw new InputError(`unknown format ${JSON.stringify(format)} (expected one of ${FORMAT_NAMES.join(', ')})`);
    if (file === '') throw new InputError(`--format ${format}= needs a file name after =`);
    return { format, file };
  });
  if (specs.filter((s) => !s.file).length > 1) throw new InputError('only one --format may go to standard output; give the others a file (--format json=report.json)');
  for (const s of specs) if (s.file) assertWritable(s.file);
  return specs;
}

export async function runCheck(files: string[], flags: CheckFlags, io: CliIo): Promise<number> {
  const outputs = parseFormats(flags.format);
  assertDistinct(outputs.flatMap((o) => (o.file ? [o.file] : [])), files);
  const report = check(files, {
    profiles: flags.profile,
    lang: flags.lang ?? defaultLang(io.env),
    failOn: flags.failOn,
    allowUnknown: flags.allowUnknown ?? false,
    date: flags.date,
    rulePacks: flags.rules,
    timestamp: flags.timestamp,
    limits: {
      maxBytes: flags.maxBytes ?? DEFAULT_LIMITS.maxBytes,
      maxDepth: flags.maxDepth ?? DEFAULT_LIMITS.maxDepth,
      maxAliases: flags.maxAliases ?? DEFAULT_LIMITS.maxAliases,
    },
  });
  const rendered = await Promise.all(
    outputs.map(async (o) => {
      const toTerminal = !o.file && io.stdout.isTTY === true;
      const options = { color: !o.file && o.format === 'text' && wantsColor(io), width: toTerminal ? io.stdout.columns : undefined };
      return { ...o, text: (await loadFormatter(o.format))(report, options) };
    }),
  );
  writeAllAtomically(rendered.flatMap((o) => (o.file ? [{ file: o.file, text: o.text }] : [])));
  for (const o of rendered) if (!o.file) io.stdout.write(o.text);
  return exitCodeOf(report.summary);
}
