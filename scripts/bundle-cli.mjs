// Bundles the CLI (src/cli/main.ts and all it imports, lazily loaded parts included) into dist/snc-cli.cjs with esbuild,
// with a linked source map beside it that `snc --debug` turns on, so its stack traces name the TypeScript sources.
import { build } from 'esbuild';

/** The bundle, inside the package; bin/snc.js loads it. In dist/ so that `..` is the package root. */
export const BUNDLE = 'dist/snc-cli.cjs';

/** Build the bundle. ajv and yaml stay outside: they are loaded only when the precompiled fast paths cannot serve. */
export async function bundleCli(root) {
  const cwd = new URL('.', root).pathname;
  await build({
    absWorkingDir: cwd,
    entryPoints: ['src/cli/main.ts'],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['ajv', 'yaml'],
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    // The map names the sources by paths relative to it; their text stays out, so the map stays small.
    sourcemap: 'linked',
    sourcesContent: false,
    define: { 'import.meta.url': '__sncModuleUrl' },
    banner: { js: "var __sncModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
}
