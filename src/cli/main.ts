// The command line: declares the commands, turns argv into options, and returns an exit code (never exits itself).

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { InputError } from '../load/input-error.js';
import type { CliIo } from './io.js';

const EXAMPLES = `
Examples:
  snc check fixtures/compliant.yaml
  snc check offer.yaml --profile cloud-de-confiance --lang fr
  snc check offer.yaml --format text --format json=snc-report.json
  snc rules list
  snc ownership offer.yaml
  snc schema > description.schema.json

Exit codes: 0 compliant, 1 not compliant, 2 could not judge (bad input, rule pack or flag).`;

/** Run snc with these arguments; resolves to the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const program = new Command('snc');
  program
    .description('Check a cloud offer or deployment against SecNumCloud 3.2 and the Cloud de Confiance doctrine')
    .version((await import('../api.js')).toolVersion(), '-V, --version')
    .option('--debug', 'print stack traces of errors')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run snc --help for usage)');

  let code = 0;
  const setCode = (c: number) => {
    code = c;
  };

  program
    .command('check')
    .description('judge description files against SecNumCloud 3.2 and the chosen profiles')
    .argument('<files...>', 'description files (YAML, format 1)')
    .addOption(new Option('--profile <profile...>', 'profiles to judge against (overrides the description)').choices(['secnumcloud-3.2', 'cloud-de-confiance', 'hds']))
    .option('--format <format[=file]>', 'report format, optionally written to a file; may repeat (text, json, junit, sarif, github, markdown, html)', collect, [])
    .addOption(new Option('--lang <lang>', 'report language (default: French when LANG is French, else English)').choices(['en', 'fr']))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the check fail').choices(['error', 'warning', 'info']).default('error'))
    .option('--allow-unknown', 'do not fail on unknown verdicts (missing facts)')
    .option('--date <YYYY-MM-DD>', 'evaluation date (default: today, or SOURCE_DATE_EPOCH)')
    .option('--rules <file...>', 'extra rule packs (YAML files)')
    .option('--no-timestamp', 'leave the generation time out of reports')
    .option('--max-bytes <n>', 'largest input file, in bytes (default: 67108864, 64 MiB)', positiveInt)
    .option('--max-depth <n>', 'deepest nesting of lists and mappings in an input file (default: 64)', positiveInt)
    .option('--max-aliases <n>', 'most YAML alias expansions in an input file (default: 100)', positiveInt)
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], opts) => setCode(await (await import('./commands/check.js')).runCheck(files, opts, io)));

  program
    .command('rules')
    .description('list the rules, show one rule in full, or list the check functions a rule pack can use')
    .argument('[action]', 'list | show | functions', 'list')
    .argument('[id]', 'rule id, with show')
    .addOption(new Option('--lang <lang>', 'language').choices(['en', 'fr']))
    .addOption(new Option('--profile <profile...>', 'only the rules of these profiles').choices(['secnumcloud-3.2', 'cloud-de-confiance', 'hds']))
    .action(async (action: string, id: string | undefined, opts) => setCode(await (await import('./commands/rules.js')).runRules(action, id, opts, io)));

  program
    .command('ownership')
    .description("show who holds and controls the provider, directly and indirectly, in both readings, and why (19.6.b)")
    .argument('<file>', 'description file (YAML, format 1)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'language (default: French when LANG is French, else English)').choices(['en', 'fr']))
    .option('--date <YYYY-MM-DD>', 'evaluation date, for EU membership (default: today, or SOURCE_DATE_EPOCH)')
    .action(async (file: string, opts) => setCode(await (await import('./commands/ownership.js')).runOwnership(file, opts, io)));

  program
    .command('schema')
    .description('print the JSON Schema of the description format, for editors')
    .action(async () => setCode(await (await import('./commands/schema.js')).runSchema(io)));

  try {
    if (argv.length === 0) {
      io.stdout.write(program.helpInformation());
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors are exit 2, never 1.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof InputError) {
      io.stderr.write(`${err.toString().split('\n').map((line) => `snc: ${line}`).join('\n')}\n`);
      if (debug && err.stack) io.stderr.write(err.stack + '\n');
      return 2;
    }
    const e = err as Error;
    const version = (await import('../api.js')).toolVersion();
    io.stderr.write(`snc ${version}: internal error: ${e?.message ?? String(err)}\n`);
    io.stderr.write(debug && e?.stack ? e.stack + '\n' : 'Run again with --debug for the stack trace, and report it.\n');
    return 2;
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value)))
    throw new InvalidArgumentError(`expected a positive whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}
