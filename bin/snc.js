#!/usr/bin/env node
// snc's process entry: enable Node's compile cache, run the bundled CLI, set the exit code; an escaped error is exit 2.
import module from 'node:module';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';

const require = module.createRequire(import.meta.url);
const debug = process.argv.includes('--debug');
let cli;
process.on('uncaughtException', fatal).on('unhandledRejection', fatal);
if (debug) process.setSourceMapsEnabled(true);
// The first cache folder Node can create wins: beside the package, else the user's cache folder, else none.
const besidePackage = fileURLToPath(new URL('../node_modules/.cache/snc', import.meta.url));
const userCache = () => `${process.env.XDG_CACHE_HOME || process.env.LOCALAPPDATA || `${homedir()}/.cache`}/snc`;
try {
  const { enableCompileCache, constants } = module;
  if (enableCompileCache?.(besidePackage).status === constants.compileCacheStatus.FAILED)
    enableCompileCache(userCache());
} catch {
  // a cache that cannot be had costs only the compile
}
const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
cli = require('../dist/snc-cli.cjs');
// A closed or failing standard output, and the words of a fatal error, are the CLI's (src/cli/fatal.ts).
cli.guardStreams(process);
cli.main(process.argv.slice(2), io).then((code) => (process.exitCode = code), fatal);

function fatal(err) {
  let version = '';
  try {
    version = ` ${require('../package.json').version}`;
  } catch {
    // the message matters more than the version
  }
  if (cli) process.stderr.write(cli.fatalMessage(err, version.trim() || '?', debug));
  else {
    // The bundle itself did not load: its message names only the package's own files; controls are dropped anyway.
    const line = String(err?.message ?? err)
      .split('\n')[0]
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    process.stderr.write(
      `snc${version}: internal error: ${line}\n${debug ? `${err?.stack}\n` : 'Run again with --debug for the stack trace, and report it.\n'}`,
    );
  }
  process.exit(2);
}
