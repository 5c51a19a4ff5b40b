// Property test: js-yaml's parse tree locates every key and item exactly where the `yaml` library's node ranges say.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Document, isCollection, isScalar, parseDocument, visit, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exactLocator } from '../../src/load/exact-locator.js';
import { FORBIDDEN_KEYS } from '../../src/load/inspect-value.js';
import { pointer } from '../../src/core/json-pointer.js';
import { LineIndex } from '../../src/load/line-index.js';
import { parseTree } from '../../src/load/parse-tree.js';
import { parseYamlSource } from '../../src/load/read-yaml.js';
import { TreeLocator, Unmappable } from '../../src/load/tree-locator.js';

const key = fc
  .oneof(
    fc.constantFrom(
      'a',
      'name',
      'x-note',
      'b c',
      'k: v',
      '#k',
      '-',
      '1',
      '2.5',
      'true',
      'null',
      'é',
      'a"b',
      "it's",
      '',
      ' ',
      '~',
      '日本',
    ),
    fc.string({ maxLength: 8 }),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  )
  .filter((k) => !FORBIDDEN_KEYS.has(k));
const scalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.array(fc.string({ maxLength: 12 }), { minLength: 2, maxLength: 4 }).map((lines) => lines.join('\n')),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }), // .inf and .nan are refused by the loader, so never generated
  fc.boolean(),
  fc.constant(null),
);
const { tree: valueTree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
  ),
}));
const root = fc.oneof(
  fc.dictionary(key, valueTree, { minKeys: 1, maxKeys: 5 }),
  fc.array(valueTree, { minLength: 1, maxLength: 4 }),
);

const SCALAR_STYLES = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;

/** Render a value as YAML, each node styled by the next decision: flow or block, quoting, comments, anchors, aliases. */
function render(
  value: unknown,
  decisions: number[],
  options: { indent: number; indentSeq: boolean; lineWidth: number },
): string {
  const doc = new Document(value);
  let d = 0;
  const next = (n: number) => (decisions[d++ % decisions.length] ?? 0) % n;
  const anchored: Node[] = [];
  let anchors = 0;
  visit(doc, {
    Node(role, node) {
      if (isCollection(node) && next(3) === 0) node.flow = true;
      if (isScalar(node)) {
        // yaml writes block scalars of blank or space-edged lines that do not read back the same: keep those quoted
        const blockSafe = typeof node.value === 'string' && node.value.split('\n').every((l) => /^\S(.*\S)?$/.test(l));
        // a block scalar as a key makes an explicit `? key`, nested in compact form, which js-yaml does not read
        node.type = SCALAR_STYLES[next(blockSafe && role !== 'key' ? SCALAR_STYLES.length : 3)];
      }
      if (next(5) === 0) node.commentBefore = ` comment ${d}`;
      if (next(7) === 0) node.comment = ` trailing ${d}`;
      if (next(6) === 0) {
        node.anchor = `a${anchors++}`;
        anchored.push(node);
      } else if (isScalar(node) && role !== 'key' && anchored.length > 0 && next(4) === 0) {
        const source = anchored[next(anchored.length)]!;
        if (isScalar(source)) return doc.createAlias(source);
      }
      return undefined;
    },
  });
  if (next(4) === 0) doc.commentBefore = ' a description';
  return doc.toString({ ...options, flowCollectionPadding: next(2) === 0 });
}

/** Every pointer of a value, not entering a collection twice (an alias). */
function pointers(value: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, path: (string | number)[]) => {
    out.push(pointer(...path));
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(value, []);
  return out;
}

const LIMITS = { maxBytes: 1e9, maxDepth: 1000, maxAliases: 1e6 };

/**
 * Every pointer of the text is located by parseYamlSource where the yaml library's ranges put it. Returns whether
 * the fast path (the parse tree) was sure of itself; when it is not, the loader itself falls back to yaml.
 */
function expectSamePositions(text: string): boolean {
  const { value, tree } = parseTree(text, 1000);
  let fast = true;
  try {
    new TreeLocator(text, tree, value).verify();
  } catch (err) {
    if (!(err instanceof Unmappable)) throw err;
    fast = false;
  }
  const doc = parseYamlSource('generated.yaml', text, '', LIMITS);
  const exact = exactLocator(text);
  const lines = new LineIndex(text);
  for (const ptr of [...pointers(value), '/no/such/key'])
    expect({ ptr, at: doc.locate(ptr) }).toEqual({ ptr, at: lines.position(exact.offset(ptr)) });
  return fast;
}

describe('TreeLocator', () => {
  it('agrees with the yaml library on generated documents (block and flow, quoting, comments, anchors, multi-line)', () => {
    let runs = 0;
    let fallbacks = 0;
    let disagreements = 0;
    fc.assert(
      fc.property(
        root,
        fc.array(fc.nat(), { minLength: 16, maxLength: 64 }),
        fc.record({
          indent: fc.integer({ min: 2, max: 4 }),
          indentSeq: fc.boolean(),
          lineWidth: fc.constantFrom(0, 20, 40, 80),
        }),
        (value, decisions, options) => {
          const text = render(value, decisions, options);
          // yaml's writer sometimes folds a quoted string into an invalid escape, or writes a plain scalar that reads
          // back as something else (a pair, a sequence): only documents both parsers read the same are compared
          const written = parseDocument(text);
          fc.pre(written.errors.length === 0);
          runs++;
          let read: unknown;
          try {
            read = parseTree(text, 1000).value;
          } catch {
            disagreements++;
            return;
          }
          if (JSON.stringify(written.toJS()) !== JSON.stringify(read)) {
            disagreements++;
            return;
          }
          if (!expectSamePositions(text)) fallbacks++;
        },
      ),
      { numRuns: Number(process.env.SNC_FUZZ_RUNS ?? 300) },
    );
    // the fallback is for oddities (a pair inside a flow sequence, an empty item): the fast path must do the work
    expect(fallbacks / runs).toBeLessThan(0.05);
    expect(disagreements / runs).toBeLessThan(0.05);
  });

  it('agrees with the yaml library on the shipped fixtures and rule packs', () => {
    const files = [
      ...readdirSync('fixtures')
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => `fixtures/${f}`),
      ...readdirSync('rules')
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => `rules/${f}`),
    ];
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) expect(expectSamePositions(readFileSync(file, 'utf8'))).toBe(true);
  });

  it('locates keys in hand-written corner cases', () => {
    const text = [
      '# leading comment',
      '--- ',
      'plain: 1',
      '"quoted key": &anchor',
      '  nested: [a, { b: 2 }]',
      "'single': |",
      '  literal',
      '  text',
      '? explicit',
      ': value',
      'list:',
      '- - deep',
      '  - &x item',
      '- *x',
      '- !!str tagged',
      'crlf: done',
      '',
    ].join('\r\n');
    expect(expectSamePositions(text)).toBe(true);
    const { value, tree } = parseTree(text, 100);
    const fast = new TreeLocator(text, tree, value);
    fast.verify();
    const lineOf = (ptr: string) => text.slice(0, fast.offset(ptr)).split('\r\n').length;
    expect(lineOf('/plain')).toBe(3);
    expect(lineOf('/quoted key/nested/1/b')).toBe(5);
    expect(lineOf('/single')).toBe(6);
    expect(lineOf('/explicit')).toBe(9);
    expect(lineOf('/list/0/1')).toBe(13);
    expect(lineOf('/list/2')).toBe(15);
  });
});
