// Build: compile TypeScript to dist/ and write the shipped JSON Schemas to schemas/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('..', import.meta.url);
const require = createRequire(import.meta.url);

execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });

const { descriptionSchema } = await import(new URL('dist/schema/description-schema.js', root).href);
const { packSchema } = await import(new URL('dist/engine/pack-schema.js', root).href);
mkdirSync(new URL('schemas', root), { recursive: true });
writeFileSync(new URL('schemas/description-1.schema.json', root), JSON.stringify(descriptionSchema, null, 2) + '\n');
writeFileSync(new URL('schemas/rule-pack-1.schema.json', root), JSON.stringify(packSchema, null, 2) + '\n');
