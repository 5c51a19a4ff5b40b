// The folders of src/ depend on each other one way only, in the order the README's architecture section gives:
// an import from a folder to one above it (and so any cycle between folders) fails.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

/** The layers, top first: a file may import from its own layer and from the layers below it. */
const LAYERS: readonly (readonly string[])[] = [
  ['cli'],
  ['init'],
  ['api'],
  ['report'],
  ['engine'],
  ['checks'],
  ['schema'],
  ['model'],
  ['i18n'],
  ['load'],
  ['core'],
];

/** Imports that still run the wrong way, as `from-file -> specifier`; the list only shrinks. */
const KNOWN_VIOLATIONS: ReadonlySet<string> = new Set<string>([]);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

/** The specifiers of a file's static imports, `export … from` and dynamic `import('…')`. */
function specifiersOf(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /(?:^|[\n;])\s*(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) found.push(m[1]!);
  return found;
}

/** The folder of a file under src/ (`model` for model/ownership/graph.ts, `api` for api.ts). */
const folderOf = (file: string): string => {
  const parts = relative(src, file).split(sep);
  return parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.(ts|js)$/, '');
};

const layerOf = (folder: string): number => LAYERS.findIndex((l) => l.includes(folder));

interface Edge {
  from: string;
  specifier: string;
  fromFolder: string;
  toFolder: string;
}

const edges: Edge[] = filesUnder(src).flatMap((file) =>
  specifiersOf(readFileSync(file, 'utf8'))
    .filter((s) => s.startsWith('.'))
    .map((specifier) => ({
      from: relative(src, file).split(sep).join('/'),
      specifier,
      fromFolder: folderOf(file),
      toFolder: folderOf(normalize(join(dirname(file), specifier))),
    })),
);

describe('the import graph of src/', () => {
  it('reads imports of every kind', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b/b.js';",
      "export { c } from './c.js';",
      "export * from './d.js';",
      "import './e.js';",
      "const f = await import('./f.js');",
      'import {\n  g,\n  h,\n} from "./g.js";',
    ].join('\n');
    expect(specifiersOf(text).sort()).toEqual([
      '../b/b.js',
      './a.js',
      './c.js',
      './d.js',
      './e.js',
      './f.js',
      './g.js',
    ]);
    expect(edges.length).toBeGreaterThan(100);
  });

  it('places every folder of src/ in a layer', () => {
    const folders = [...new Set(filesUnder(src).map(folderOf))].sort();
    expect(folders.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('has no import from a folder to a folder above it', () => {
    const wrong = edges
      .filter((e) => layerOf(e.toFolder) < layerOf(e.fromFolder))
      .map((e) => `${e.from} -> ${e.specifier}`)
      .filter((e) => !KNOWN_VIOLATIONS.has(e));
    expect(wrong).toEqual([]);
  });

  it('keeps no stale entry in the list of known violations', () => {
    const present = new Set(edges.map((e) => `${e.from} -> ${e.specifier}`));
    expect([...KNOWN_VIOLATIONS].filter((v) => !present.has(v))).toEqual([]);
  });

  it('gives the formatters the report’s data from engine/report-types.ts, not the engine’s own types', () => {
    // docs/rules.md documents the packs themselves, as loaded: its generator alone reads rules as the engine does.
    const inward = edges
      .filter((e) => e.fromFolder === 'report' && e.from !== 'report/rules-doc.ts')
      .filter(
        (e) =>
          normalize(join(dirname(e.from), e.specifier))
            .split(sep)
            .join('/') === 'engine/types.js',
      )
      .map((e) => `${e.from} -> ${e.specifier}`);
    expect(inward).toEqual([]);
    expect(edges.some((e) => e.fromFolder === 'report' && e.specifier === '../engine/report-types.js')).toBe(true);
  });

  it('has no cycle between folders', () => {
    const next = new Map<string, Set<string>>();
    for (const e of edges)
      if (e.fromFolder !== e.toFolder && !KNOWN_VIOLATIONS.has(`${e.from} -> ${e.specifier}`))
        (next.get(e.fromFolder) ?? next.set(e.fromFolder, new Set()).get(e.fromFolder)!).add(e.toFolder);
    const cycles: string[] = [];
    const visit = (folder: string, path: string[]) => {
      for (const to of next.get(folder) ?? []) {
        if (to === path[0]) cycles.push([...path, to].join(' -> '));
        else if (!path.includes(to)) visit(to, [...path, to]);
      }
    };
    for (const folder of next.keys()) visit(folder, [folder]);
    expect(cycles).toEqual([]);
  });
});
