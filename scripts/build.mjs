// Build: empty dist/, type-check and compile TypeScript to it (the API and its .d.ts), write the shipped JSON Schemas to
// schemas/, precompile the validators and the shipped YAML, and bundle the CLI into one file for a fast start.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bundleCli } from './bundle-cli.mjs';
import { precompileValidators } from './precompile-validators.mjs';
import { precompileYaml } from './precompile-yaml.mjs';

const root = new URL('..', import.meta.url);
const require = createRequire(import.meta.url);

// tsc writes only what it compiles: a file whose source moved or went away would ship on from an earlier build.
rmSync(new URL('dist', root), { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
  cwd: root,
  stdio: 'inherit',
});

const { descriptionSchema } = await import(new URL('dist/schema/description-schema.js', root).href);
const { packSchema } = await import(new URL('dist/engine/pack-schema.js', root).href);
mkdirSync(new URL('schemas', root), { recursive: true });
writeFileSync(new URL('schemas/description-1.schema.json', root), JSON.stringify(descriptionSchema, null, 2) + '\n');
const { editorSchema } = await import(new URL('dist/schema/editor-schema.js', root).href);
writeFileSync(
  new URL('schemas/description-1.editor.schema.json', root),
  JSON.stringify(editorSchema('en'), null, 2) + '\n',
);
writeFileSync(new URL('schemas/rule-pack-1.schema.json', root), JSON.stringify(packSchema, null, 2) + '\n');
const { reportSchema } = await import(new URL('dist/report/report-schema.js', root).href);
writeFileSync(new URL('schemas/report-1.schema.json', root), JSON.stringify(reportSchema, null, 2) + '\n');
const { configSchema } = await import(new URL('dist/cli/config/config-schema.js', root).href);
writeFileSync(new URL('schemas/config-1.schema.json', root), JSON.stringify(configSchema, null, 2) + '\n');
const { attestationsSchema } = await import(new URL('dist/schema/attestations-schema.js', root).href);
writeFileSync(new URL('schemas/attestations-1.schema.json', root), JSON.stringify(attestationsSchema, null, 2) + '\n');
const { waiversSchema } = await import(new URL('dist/schema/waivers-schema.js', root).href);
writeFileSync(new URL('schemas/waivers-1.schema.json', root), JSON.stringify(waiversSchema, null, 2) + '\n');
await precompileValidators(root);
await precompileYaml(root);
await bundleCli(root);
