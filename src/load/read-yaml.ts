// Read one YAML file into a plain value and a source map from JSON pointers to line:column, refusing hostile input.

import { clip } from '../core/clip.js';
import { InputError } from '../core/input-error.js';
import { inspectValue, ValueProblem } from './inspect-value.js';
import { LineIndex, type Position } from './line-index.js';
import { parseTree, YamlSyntaxError } from './parse-tree.js';
import { precompiledValue } from './precompiled-yaml.js';
import { decodeText, readText } from './read-text.js';
import { CollectionKey, TreeLocator, Unmappable, contentStart, type Locator } from './tree-locator.js';
import { exactLocator } from './exact-locator.js';

export type { Position } from './line-index.js';

/** A parsed file: its bytes' hash, its value, and where each part of it stands in the source. */
export interface SourceDocument {
  file: string;
  sha256: string;
  value: unknown;
  /** Line and column (1-based) of the node at a pointer, or of its nearest ancestor present in the file. */
  locate(ptr: string): Position;
}

/** Limits against hostile input; each has a flag to raise it. */
export interface ReadLimits {
  /** Largest file read, in bytes. */
  maxBytes: number;
  /** Deepest nesting of mappings and sequences. */
  maxDepth: number;
  /** Most alias expansions (`*name`, counted again each time the content holding it is repeated) in a file. */
  maxAliases: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 64 * 1024 * 1024, maxDepth: 64, maxAliases: 100 };

/** Better words for js-yaml's commonest complaints; the rest keep js-yaml's own reason. */
function explainSyntax(reason: string, text: string, offset: number, limits: ReadLimits): string {
  if (reason.startsWith('nesting exceeded maxDepth')) return `nesting is deeper than ${limits.maxDepth} levels (raise it with --max-depth)`;
  if (reason === 'duplicated mapping key') {
    const key = /^(?:"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\r\n]|'')*'|[^:\r\n]*)/.exec(text.slice(offset, offset + 200))![0].trim();
    return `duplicate key ${key.startsWith('"') || key.startsWith("'") ? clip(key) : `\`${clip(key)}\``}: a key may appear only once in a mapping`;
  }
  if (reason.startsWith('expected a single document')) return 'more than one YAML document, expected one (remove the `---` separator)';
  return `invalid YAML: ${reason}`;
}

/** Where the second document begins (js-yaml reports the start of the stream). */
function secondDocument(text: string): number {
  const content = /^[ \t]*[^#\s]/m.exec(text)?.index ?? 0;
  const marker = /^(?:---|\.\.\.)(?=\s|$)/gm;
  for (let m = marker.exec(text); m; m = marker.exec(text)) if (m.index > content || (m[0] === '...' && m.index >= content)) return m.index;
  return 0;
}

/** What an empty description file should have held; files beside a description say what they expect instead. */
const DESCRIPTION = 'a YAML mapping beginning with `snc: 1`';

/**
 * Parse YAML text already read from `file`. Throws InputError (file, line, column, what was expected) for anything
 * that is not one well-formed YAML document within the limits.
 */
export function parseYamlSource(file: string, text: string, sha256: string, limits: ReadLimits = DEFAULT_LIMITS, expected = DESCRIPTION): SourceDocument {
  if (!/^[ \t]*[^#\s]/m.test(text)) throw new InputError(`empty file, expected ${expected}`, { file, line: 1, column: 1 });
  const lines = new LineIndex(text);
  const at = (offset: number): Position => lines.position(offset);
  try {
    // Each level of nesting takes at most two of js-yaml's compose calls, plus the document's own.
    const { value, tree } = parseTree(text, 2 * limits.maxDepth + 2);
    let locator: Locator;
    try {
      const fast = new TreeLocator(text, tree, value);
      fast.verify();
      locator = fast;
    } catch (err) {
      if (!(err instanceof Unmappable)) throw err;
      locator = exactLocator(text);
    }
    try {
      inspectValue(value, limits, tree.aliasesCollection);
    } catch (err) {
      if (err instanceof ValueProblem) throw new InputError(err.message, { file, ...at(locator.offset(err.ptr)) });
      throw err;
    }
    return { file, sha256, value, locate: (ptr) => at(locator.offset(ptr)) };
  } catch (err) {
    if (err instanceof YamlSyntaxError) {
      const p = err.problem;
      const where = p.reason.startsWith('expected a single document') ? at(secondDocument(text)) : { line: p.line + 1, column: p.column + 1 };
      throw new InputError(explainSyntax(p.reason, text, p.offset, limits), { file, ...where });
    }
    if (err instanceof CollectionKey) throw new InputError(err.message, { file, ...at(contentStart(text, err.offset)) });
    if (err instanceof RangeError && /call stack/i.test(err.message))
      throw new InputError(`nesting is too deep to read (over ${limits.maxDepth} levels)`, { file });
    throw err;
  }
}

/**
 * Read and parse a YAML file. Throws InputError (file, line, column, what was expected) for anything that is
 * not one well-formed YAML document within the limits.
 */
export function readYaml(file: string, limits: ReadLimits = DEFAULT_LIMITS, expected = DESCRIPTION): SourceDocument {
  const { text, sha256 } = readText(file, limits.maxBytes);
  // The build parsed this very file (a built-in pack) within the default limits: positions only if asked for.
  const cached = withinDefaults(limits) ? precompiledValue(sha256) : undefined;
  if (cached === undefined) return parseYamlSource(file, text, sha256, limits, expected);
  let parsed: SourceDocument | undefined;
  return { file, sha256, value: cached, locate: (ptr) => (parsed ??= parseYamlSource(file, text, sha256, limits, expected)).locate(ptr) };
}

const withinDefaults = (l: ReadLimits) =>
  l.maxBytes >= DEFAULT_LIMITS.maxBytes && l.maxDepth >= DEFAULT_LIMITS.maxDepth && l.maxAliases >= DEFAULT_LIMITS.maxAliases;

/** Parse YAML bytes that did not come from a file (standard input), named `file` in messages. */
export function readYamlBytes(file: string, bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): SourceDocument {
  if (bytes.byteLength > limits.maxBytes)
    throw new InputError(`input is ${bytes.byteLength} bytes, over the limit of ${limits.maxBytes} (raise it with --max-bytes)`, { file });
  const { text, sha256 } = decodeText(file, bytes);
  return parseYamlSource(file, text, sha256, limits);
}
