#!/usr/bin/env node
// snc's process entry: run the CLI that the build bundled (with V8's code cache when it matches) and set the exit code.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/snc-cli.cjs', import.meta.url));
const cacheFile = fileURLToPath(new URL('../dist/snc-cli.cache', import.meta.url));
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // no cache: compile as usual
}
// A stale or foreign cache is refused by V8 itself (cachedDataRejected) and costs only the normal compile.
let source;
try {
  source = readFileSync(bundle, 'utf8');
} catch {
  process.stderr.write(`snc: ${bundle} is missing: build the package first (npm run build)\n`);
  process.exit(2);
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
process.exitCode = await module.exports.main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
if (process.env.SNC_WRITE_CODE_CACHE) writeFileSync(process.env.SNC_WRITE_CODE_CACHE, script.createCachedData());
