// `snc check`: judge files, then write each requested format (to stdout or a file) and return the exit code.

import { fstatSync, type Stats } from 'node:fs';
import type { Command } from 'commander';
import { check, filesRead, type SourceInput } from '../../api.js';
import { exitCodeOf } from '../../engine/summarize.js';
import type { ProvenanceRecord } from '../../engine/report-types.js';
import { InputError } from '../../core/input-error.js';
import { DEFAULT_LIMITS } from '../../load/read-yaml.js';
import type { Profile } from '../../model/description.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../../report/formats.js';
import { loadFormatter } from '../../report/index.js';
import { warningText } from '../../report/warning-text.js';
import { defaultLang, wantsColor, type CliIo } from '../io.js';
import { applyConfig } from '../config/apply-config.js';
import { appendReport, assertNotOverInputs, checkOutputs, writeReports } from '../write-output.js';
import { printConfig } from './print-config.js';
import { inLang, translate } from '../../i18n/format.js';

interface CheckFlags {
  profile?: Profile[];
  format: string[];
  lang?: 'en' | 'fr';
  failOn: 'error' | 'warning' | 'info';
  allowUnknown?: boolean;
  date?: string;
  rules?: string[];
  timestamp: boolean;
  attestations?: string;
  waivers?: string;
  baseline?: string;
  updateBaseline?: string;
  requireSources?: boolean;
  sourceMaxAge?: number;
  maxBytes?: number;
  maxDepth?: number;
  maxAliases?: number;
  stdinFilename?: string;
  printConfig?: boolean;
  color?: boolean;
}

/** The name a description read from standard input goes by when --stdin-filename does not give one. */
export const STDIN_NAME = '<stdin>';

interface OutputSpec {
  format: FormatName;
  file?: string;
}

/** Parse `--format F[=FILE]` values. */
export function parseFormats(values: string[]): OutputSpec[] {
  const specs = (values.length ? values : ['text']).map((v) => {
    const eq = v.indexOf('=');
    const format = eq < 0 ? v : v.slice(0, eq);
    const file = eq < 0 ? undefined : v.slice(eq + 1);
    if (!isFormatName(format))
      throw new InputError(
        inLang('cli.format.unknown', { format: JSON.stringify(format), formats: FORMAT_NAMES.join(', ') }),
      );
    if (file === '') throw new InputError(inLang('cli.format.no-file', { format }));
    return { format, file };
  });
  if (specs.filter((s) => !s.file).length > 1) throw new InputError(inLang('cli.format.one-stdout'));
  return specs;
}

/** Read standard input whole, refusing more than maxBytes (read stops there). */
async function readStdin(io: CliIo, name: string, maxBytes: number): Promise<SourceInput> {
  if (!io.stdin) throw new InputError(inLang('cli.stdin.unavailable'), { file: name });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const bytes =
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += bytes.byteLength;
    if (size > maxBytes)
      throw new InputError(inLang('input.read.input-over', { max: String(maxBytes) }), { file: name });
    chunks.push(bytes);
  }
  return { file: name, bytes: Buffer.concat(chunks) };
}

/** The files to judge, `-` standing for standard input (at most once). */
async function inputsOf(files: string[], flags: CheckFlags, io: CliIo): Promise<(string | SourceInput)[]> {
  if (files.length === 0) throw new InputError(inLang('cli.no-file'));
  const dashes = files.filter((f) => f === '-').length;
  if (dashes > 1) throw new InputError(inLang('cli.stdin.twice'));
  if (flags.stdinFilename !== undefined && dashes === 0)
    throw new InputError(inLang('cli.stdin.filename-without-dash'));
  const name = flags.stdinFilename ?? STDIN_NAME;
  const stdin = dashes ? await readStdin(io, name, flags.maxBytes ?? DEFAULT_LIMITS.maxBytes) : undefined;
  return files.map((f) => (f === '-' ? stdin! : f));
}

/** What standard output is, when it is a real descriptor (not a test's stand-in). */
function stdoutStats(io: CliIo): Stats | undefined {
  try {
    return io.stdout.fd === undefined ? undefined : fstatSync(io.stdout.fd);
  } catch {
    return undefined;
  }
}

/** What each file of a report's provenance is, in a refusal to write a report over it. */
const PROVENANCE_ROLE: Record<ProvenanceRecord['role'], string> = {
  attestations: 'attestations file',
  waivers: 'waivers file',
  baseline: 'baseline report',
  configuration: 'configuration file',
  source: 'source document',
};

export async function runCheck(files: string[], cmd: Command, io: CliIo): Promise<number> {
  const applied = applyConfig(cmd, process.cwd());
  const flags = cmd.opts<CheckFlags>();
  if (flags.printConfig) {
    io.stdout.write(printConfig(cmd, applied, process.cwd()));
    return 0;
  }
  const outputs = parseFormats(flags.format);
  const inputs = await inputsOf(files, flags, io);
  // On GitHub Actions, `--format github` also appends the job summary to the file the runner names: a report file too.
  const summaryFile = outputs.some((o) => o.format === 'github') ? io.env.GITHUB_STEP_SUMMARY || undefined : undefined;
  const reports = [...outputs.flatMap((o) => (o.file ? [o.file] : [])), ...(summaryFile ? [summaryFile] : [])];
  const written = [...reports, ...(flags.updateBaseline !== undefined ? [flags.updateBaseline] : [])];
  // The baseline is an input no report may replace, except the new baseline that --update-baseline writes over it:
  // staged and renamed like every report, it replaces the file only once the run has read it and every byte is written.
  const baselineInput = flags.baseline !== undefined ? [{ file: flags.baseline, role: 'baseline report' }] : [];
  assertNotOverInputs(reports, baselineInput);
  // Every report file is checked before any work: writable, not over a file this run reads, not twice, not where
  // standard output goes when a report is printed there.
  checkOutputs(
    written,
    [
      ...filesRead(inputs, { rulePacks: flags.rules, attestations: flags.attestations, waivers: flags.waivers }),
      ...(applied.file !== undefined ? [{ file: applied.file, role: 'configuration file' }] : []),
      // A description piped in from a file (`snc check - < offer.yaml`) is that file.
      ...(inputs.some((i) => typeof i !== 'string')
        ? [{ file: '/dev/stdin', role: 'description on standard input' }]
        : []),
    ],
    outputs.some((o) => !o.file) ? stdoutStats(io) : undefined,
  );
  const report = check(inputs, {
    profiles: flags.profile,
    lang: flags.lang ?? defaultLang(io.env),
    failOn: flags.failOn,
    allowUnknown: flags.allowUnknown ?? false,
    date: flags.date,
    rulePacks: flags.rules,
    timestamp: flags.timestamp,
    attestations: flags.attestations,
    waivers: flags.waivers,
    baseline: flags.baseline,
    requireSources: flags.requireSources ?? false,
    sourceMaxAge: flags.sourceMaxAge,
    configuration: applied.file,
    limits: {
      maxBytes: flags.maxBytes ?? DEFAULT_LIMITS.maxBytes,
      maxDepth: flags.maxDepth ?? DEFAULT_LIMITS.maxDepth,
      maxAliases: flags.maxAliases ?? DEFAULT_LIMITS.maxAliases,
    },
  });
  const rendered = await Promise.all(
    outputs.map(async (o) => {
      const toTerminal = !o.file && io.stdout.isTTY === true;
      const options = {
        color: !o.file && o.format === 'text' && wantsColor(io, flags.color),
        width: toTerminal ? io.stdout.columns : undefined,
        env: io.env,
        reports: outputs.flatMap((x) => (x.file ? [{ format: x.format, file: x.file }] : [])),
      };
      return { ...o, text: (await loadFormatter(o.format))(report, options) };
    }),
  );
  // The files the report was made from (source documents among them) are known now, and no report may replace one;
  // the new baseline may replace the baseline it was compared with, and nothing else.
  const made = report.provenance.map((p) => ({ file: p.file, role: PROVENANCE_ROLE[p.role] }));
  assertNotOverInputs(reports, made);
  if (flags.updateBaseline !== undefined)
    assertNotOverInputs(
      [flags.updateBaseline],
      made.filter((p) => p.role !== PROVENANCE_ROLE.baseline),
    );
  for (const w of report.warnings)
    io.stderr.write(`snc: ${translate(report.lang, 'cli.warning', { text: warningText(w) })}\n`);
  const baselineOut =
    flags.updateBaseline !== undefined
      ? [{ file: flags.updateBaseline, text: (await loadFormatter('json'))(report, { color: false, env: io.env }) }]
      : [];
  await writeReports([...rendered.flatMap((o) => (o.file ? [{ file: o.file, text: o.text }] : [])), ...baselineOut], {
    holdStagedMs: Number(io.env.SNC_TEST_HOLD_STAGED_MS) || undefined,
    streams: [io.stdout, io.stderr],
  });
  for (const o of rendered) if (!o.file) io.stdout.write(o.text);
  if (summaryFile) {
    const { formatStepSummary } = await import('../../report/step-summary.js');
    await appendReport(summaryFile, formatStepSummary(report, { env: io.env }));
  }
  return exitCodeOf(report.summary);
}
