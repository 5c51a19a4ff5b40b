// The command line: declares the commands, turns argv into options, and returns an exit code (never exits itself).

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { SEVERITIES } from '../engine/report-types.js';
import { LANGS } from '../i18n/types.js';
import { maxBytesProblem } from '../load/read-text.js';
import { InputError, ref, type MessageRef } from '../core/input-error.js';
import { PROFILES } from '../model/description.js';
import { DIFF_FORMATS, OWNERSHIP_FORMATS } from '../report/formats.js';
import type { DiffFlags } from './commands/diff.js';
import type { InitFlags } from './commands/init.js';
import type { OwnershipFlags } from './commands/ownership.js';
import type { RulesFlags } from './commands/rules.js';
import type { SchemaFlags } from './commands/schema.js';
import { debugStack, fatalMessage, guardStreams as guardStreamsIn } from './fatal.js';
import { defaultLang, type CliIo } from './io.js';

export { fatalMessage } from './fatal.js';

/** Guard the process's standard streams (src/cli/fatal.ts), their failures worded in the language of its command line. */
export const guardStreams = (
  proc: Parameters<typeof guardStreamsIn>[0] & { argv: string[]; env: NodeJS.ProcessEnv },
): void => guardStreamsIn(proc, errorLang(proc.argv.slice(2), proc.env));

const EXAMPLES = `
Examples:
  snc init offer.yaml --lang fr
  snc check fixtures/compliant.yaml
  snc check offer.yaml --profile cloud-de-confiance --lang fr
  snc check offer.yaml --format text --format json=snc-report.json
  snc check offer.yaml --baseline snc-baseline.json --update-baseline snc-baseline.json
  cat offer.yaml | snc check - --stdin-filename offer.yaml
  snc rules list
  snc ownership offer.yaml
  snc schema > description.schema.json

Exit codes: 0 compliant, 1 not compliant, 2 could not judge (bad input, rule pack or flag).`;

/** Run snc with these arguments; resolves to the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const lang = errorLang(argv, io.env);
  // commander's usage errors, kept until the catalogues are loaded to word them in the language of the run
  let usageError: string | undefined;
  refusal = undefined;
  const program = new Command('snc');
  program
    .description('Check a cloud offer or deployment against SecNumCloud 3.2 and the Cloud de Confiance doctrine')
    .version((await import('../api.js')).toolVersion(), '-V, --version')
    .option('--debug', 'print stack traces of errors')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s) => {
        usageError = s;
      },
    });

  let code = 0;
  const setCode = (c: number) => {
    code = c;
  };

  program
    .command('check')
    .description('judge description files against SecNumCloud 3.2 and the chosen profiles')
    .argument('[files...]', 'description files (YAML, format 1); - reads one from standard input')
    .addOption(
      repeatable(
        '--profile <profile>',
        'profile to judge against, instead of the description’s own; may repeat',
        PROFILES,
      ),
    )
    .addOption(
      repeatable(
        '--format <format[=file]>',
        'report format, optionally written to a file; may repeat (text, json, junit, sarif, github, markdown, html)',
      ).default([]),
    )
    .addOption(
      new Option('--lang <lang>', 'report language (default: French when LANG is French, else English)').choices(LANGS),
    )
    .addOption(
      new Option('--fail-on <severity>', 'lowest severity that gates')
        .choices([...SEVERITIES].reverse())
        .default('error'),
    )
    .option('--allow-unknown', 'unknown verdicts (missing facts) do not gate')
    .option('--no-allow-unknown', 'unknown verdicts gate, whatever the configuration says')
    .option('--date <YYYY-MM-DD>', 'evaluation date (default: today, or SOURCE_DATE_EPOCH)')
    .addOption(repeatable('--rules <file>', 'extra rule pack (YAML file); may repeat'))
    .option('--no-timestamp', 'leave the generation time out of reports')
    .option(
      '--stdin-filename <name>',
      'the name of the description read from standard input (-), in messages and reports',
    )
    .option(
      '--config <file>',
      'configuration file (default: .snc.yaml or snc.config.yaml, from here up to the repository root)',
    )
    .option('--no-config', 'read no configuration file')
    .option('--print-config', 'print the options in effect and where each came from, then stop')
    .option('--color', 'colour the text report, even when not on a terminal')
    .option('--no-color', 'never colour (also NO_COLOR, TERM=dumb)')
    .option(
      '--attestations <file>',
      "an auditor's attestations (YAML) for the requirements a description cannot decide",
    )
    .option(
      '--waivers <file>',
      'accepted exceptions (YAML): the fail and unknown verdicts they cover become waived until their expiry',
    )
    .option(
      '--baseline <report.json>',
      'a JSON report of an earlier run: the findings it holds are known, marked, and do not gate; new ones do',
    )
    .option(
      '--update-baseline <file>',
      'write this run’s JSON report as the baseline of the next runs (may be the --baseline file itself)',
    )
    .option(
      '--require-sources',
      'strict audit: a fact that cites no source counts as not given, and a source file must be readable',
    )
    .option('--no-require-sources', 'no strict audit, whatever the configuration says')
    .option(
      '--source-max-age <months>',
      'report sources older than this many months on the evaluation date (default: 12)',
      positiveInt,
    )
    .option('--max-bytes <n>', 'largest input file, in bytes (default: 67108864, 64 MiB; at most 536870888)', maxBytes)
    .option('--max-depth <n>', 'deepest nesting of lists and mappings in an input file (default: 64)', positiveInt)
    .option('--max-aliases <n>', 'most YAML alias expansions in an input file (default: 100)', positiveInt)
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], _opts, cmd: Command) =>
      setCode(await (await import('./commands/check.js')).runCheck(files, cmd, io)),
    );

  program
    .command('rules')
    .description('list the rules, show one rule in full, or list the check functions a rule pack can use')
    .argument('[action]', 'list | show | functions', 'list')
    .argument('[id]', 'rule id, with show')
    .addOption(new Option('--lang <lang>', 'language').choices(LANGS))
    .addOption(repeatable('--profile <profile>', 'only the rules of this profile; may repeat', PROFILES))
    .action(async (action: string, id: string | undefined, opts: RulesFlags) =>
      setCode((await import('./commands/rules.js')).runRules(action, id, opts, io)),
    );

  program
    .command('diff')
    .description(
      'show which verdicts and which facts changed between two descriptions (or two JSON reports), and those 19.6.f covers; exit 1 when one is',
    )
    .argument('<old>', 'the earlier description (YAML) or JSON report')
    .argument('<new>', 'the later one, of the same kind')
    .addOption(new Option('--format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
    .addOption(
      new Option('--lang <lang>', 'language (default: French when LANG is French, else English)').choices(LANGS),
    )
    .option('--date <YYYY-MM-DD>', 'evaluation date of both descriptions (default: today, or SOURCE_DATE_EPOCH)')
    .addOption(repeatable('--profile <profile>', 'profile to judge both descriptions against; may repeat', PROFILES))
    .addOption(repeatable('--rules <file>', 'extra rule pack (YAML file); may repeat'))
    .action(async (oldFile: string, newFile: string, opts: DiffFlags) =>
      setCode((await import('./commands/diff.js')).runDiff(oldFile, newFile, opts, io)),
    );

  program
    .command('ownership')
    .description(
      'show who holds and controls the provider, directly and indirectly, in both readings, and why (19.6.b)',
    )
    .argument('<file>', 'description file (YAML, format 1)')
    .addOption(new Option('--format <format>', 'output format').choices(OWNERSHIP_FORMATS).default('text'))
    .addOption(
      new Option('--lang <lang>', 'language (default: French when LANG is French, else English)').choices(LANGS),
    )
    .option('--date <YYYY-MM-DD>', 'evaluation date, for EU membership (default: today, or SOURCE_DATE_EPOCH)')
    .addOption(
      repeatable(
        '--profile <profile>',
        'judge the figures by the thresholds of this profile’s packs, instead of the description’s own; may repeat',
        PROFILES,
      ),
    )
    .addOption(repeatable('--rules <file>', 'extra rule pack (YAML file) whose thresholds apply too; may repeat'))
    .option('--color', 'colour the output, even when not on a terminal')
    .option('--no-color', 'never colour (also NO_COLOR, TERM=dumb)')
    .action(async (file: string, opts: OwnershipFlags) =>
      setCode((await import('./commands/ownership.js')).runOwnership(file, opts, io)),
    );

  program
    .command('init')
    .description(
      'write a starting description: every field of the format, commented with what it proves and the clauses that need it',
    )
    .argument('[file]', 'the new file (never written over if it exists); none or - for standard output')
    .addOption(
      new Option(
        '--lang <lang>',
        'language of the comments (default: French when LANG is French, else English)',
      ).choices(LANGS),
    )
    .action(async (file: string | undefined, opts: InitFlags) =>
      setCode((await import('./commands/init.js')).runInit(file, opts, io)),
    );

  program
    .command('schema')
    .description(
      'print the JSON Schema of the description format (draft 2020-12), its draft-07 variant for editors, or the schema of the configuration, waivers or attestations file',
    )
    .option('--editor', 'the variant for editors (yaml-language-server, VS Code): draft-07, readable errors')
    .option('--config', 'the schema of .snc.yaml and snc.config.yaml')
    .option('--waivers', 'the schema of a waivers file (--waivers)')
    .option('--attestations', 'the schema of an attestations file (--attestations)')
    .addOption(new Option('--lang <lang>', 'language of the field descriptions (default: English)').choices(LANGS))
    .action(async (opts: SchemaFlags) => setCode((await import('./commands/schema.js')).runSchema(opts, io)));

  try {
    if (argv.length === 0) {
      // No command is a usage error: the help goes where errors go, and the exit code says it.
      io.stderr.write(program.helpInformation());
      return 2;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (usageError !== undefined) {
        const { usageErrorLines } = await import('./usage-error.js');
        io.stderr.write(usageErrorLines(usageError, lang, refusal));
      }
      // --help and --version end here with exit code 0; usage errors are exit 2, never 1.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof InputError) {
      // The catalogues word the errors that the layers below them raise by message id.
      await import('../i18n/format.js');
      // toString() gives neutral lines: the file names and values it quotes are the user's.
      io.stderr.write(
        `${err
          .toString(lang)
          .split('\n')
          .map((line) => `snc: ${line}`)
          .join('\n')}\n`,
      );
      if (debug) io.stderr.write(debugStack(err));
      return 2;
    }
    io.stderr.write(fatalMessage(err, (await import('../api.js')).toolVersion(), debug));
    return 2;
  }
}

/**
 * An option that takes one value and may repeat (`--profile a --profile b`): unlike a variadic option, it never
 * swallows the file names after it.
 */
/** Why the last argument parser refused a value: worded with commander's usage error, in the language of the run. */
let refusal: MessageRef | undefined;

function refuse(reason: MessageRef): never {
  refusal = reason;
  throw new InvalidArgumentError(reason.id);
}

function repeatable(flags: string, description: string, choices?: readonly string[]): Option {
  const option = new Option(flags, description);
  if (choices) option.choices(choices);
  return option.argParser((value: string, previous: string[] | undefined) => {
    if (choices && !choices.includes(value)) refuse(ref('cli.expected-one-of', { choices: choices.join(', ') }));
    return [...(previous ?? []), value];
  });
}

function maxBytes(value: string): number {
  const n = positiveInt(value);
  const problem = maxBytesProblem(n);
  if (problem) refuse(problem);
  return n;
}

function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value)))
    refuse(ref('cli.positive-integer', { value: JSON.stringify(value) }));
  return Number(value);
}

/** The language of an error: `--lang` if the command line gives it, even one it could not parse, else the locale's. */
function errorLang(argv: string[], env: NodeJS.ProcessEnv): 'en' | 'fr' {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.slice('--lang='.length) : argv[i + 1];
  return value === 'fr' || value === 'en' ? value : defaultLang(env);
}
