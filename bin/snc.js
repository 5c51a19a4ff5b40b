#!/usr/bin/env node
// snc's process entry: enable Node's compile cache, run the bundled CLI, set the exit code; an escaped error is exit 2.
import module from 'node:module';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';

const require = module.createRequire(import.meta.url);
const debug = process.argv.includes('--debug');
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
require('../dist/snc-cli.cjs')
  .main(process.argv.slice(2), io)
  .then((code) => (process.exitCode = code), fatal);

function fatal(err) {
  let version = '';
  try {
    version = ` ${require('../package.json').version}`;
  } catch {
    // the message matters more than the version
  }
  const line = String(err?.message ?? err).split('\n')[0];
  process.stderr.write(
    `snc${version}: internal error: ${line}\n${debug ? `${err?.stack}\n` : 'Run again with --debug for the stack trace, and report it.\n'}`,
  );
  process.exit(2);
}
