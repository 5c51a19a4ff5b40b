// Read one YAML file into a plain value and a source map from JSON pointers to line:column, refusing hostile input.

import { clip } from '../core/clip.js';
import { InputError, ref, type MessageRef } from '../core/input-error.js';
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

/** js-yaml's reasons that the catalogues word in every language, by the end of their message id. */
export const SYNTAX_REASONS: Record<string, string> = {
  'bad indentation of a mapping entry': 'bad-indentation-mapping',
  'bad indentation of a sequence entry': 'bad-indentation-sequence',
  'end of the stream or a document separator is expected': 'end-expected',
  'can not read an implicit mapping pair; a colon is missed': 'colon-missed',
  'can not read a block mapping entry; a multiline key may not be an implicit key': 'multiline-key',
  'unexpected end of the stream within a flow collection': 'eos-flow',
  'unexpected end of the stream within a double quoted scalar': 'eos-double',
  'unexpected end of the stream within a single quoted scalar': 'eos-single',
  'unexpected end of the document within a double quoted scalar': 'eod-double',
  'unexpected end of the document within a single quoted scalar': 'eod-single',
  'missed comma between flow collection entries': 'missed-comma',
  'tab characters must not be used in indentation': 'tab-indentation',
  'a line break is expected': 'line-break',
  'the stream contains non-printable characters': 'non-printable',
  'unknown escape sequence': 'unknown-escape',
  'expected hexadecimal character': 'hexadecimal',
  'incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line':
    'incomplete-pair',
  'a whitespace character is expected after the key-value separator within a block mapping': 'space-after-colon',
  'missing indentation for block scalar': 'block-indentation',
  'name of an alias node must contain at least one character': 'alias-name',
  'name of an anchor node must contain at least one character': 'anchor-name',
  'duplication of an anchor property': 'anchor-twice',
  'duplication of a tag property': 'tag-twice',
  'alias node should not have any properties': 'alias-properties',
  'directives end mark is expected': 'directives-end',
  "expected the node content, but found ','": 'comma-found',
  'nested arrays are not supported inside keys': 'nested-key',
  'null byte is not allowed in input': 'null-byte',
  'expected valid JSON character': 'json-character',
};

/** A js-yaml reason in the catalogues' words, or as js-yaml gives it when they have none. */
function syntaxReason(reason: string): MessageRef {
  const known = SYNTAX_REASONS[reason];
  if (known) return ref('input.yaml.invalid', { reason: ref(`yaml.reason.${known}`) });
  const alias = /^unidentified alias (".*")$/s.exec(reason);
  if (alias)
    return ref('input.yaml.invalid', { reason: ref('yaml.reason.unidentified-alias', { name: clip(alias[1]!) }) });
  const tag = /^unknown tag (!<.*>)$/s.exec(reason);
  if (tag) return ref('input.yaml.invalid', { reason: ref('yaml.reason.unknown-tag', { tag: clip(tag[1]!) }) });
  return ref('input.yaml.invalid-untranslated', { reason });
}

/** Better words for js-yaml's commonest complaints; the rest keep js-yaml's reason, worded by the catalogues. */
function explainSyntax(reason: string, text: string, offset: number, limits: ReadLimits): MessageRef {
  if (reason.startsWith('nesting exceeded maxDepth'))
    return ref('input.yaml.too-deep', { max: String(limits.maxDepth) });
  if (reason === 'duplicated mapping key') {
    const key = /^(?:"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\r\n]|'')*'|[^:\r\n]*)/
      .exec(text.slice(offset, offset + 200))![0]
      .trim();
    return ref('input.yaml.duplicate-key', {
      key: key.startsWith('"') || key.startsWith("'") ? clip(key) : `\`${clip(key)}\``,
    });
  }
  if (reason.startsWith('expected a single document')) return ref('input.yaml.several-documents');
  return syntaxReason(reason);
}

/** Where the second document begins (js-yaml reports the start of the stream). */
function secondDocument(text: string): number {
  const content = /^[ \t]*[^#\s]/m.exec(text)?.index ?? 0;
  const marker = /^(?:---|\.\.\.)(?=\s|$)/gm;
  for (let m = marker.exec(text); m; m = marker.exec(text))
    if (m.index > content || (m[0] === '...' && m.index >= content)) return m.index;
  return 0;
}

/** What a file should have held, when empty: a description, or what a file beside a description holds. */
export type Expected = 'description' | 'attestations' | 'waivers' | 'comparable' | 'report';
const DESCRIPTION: Expected = 'description';

/**
 * Parse YAML text already read from `file`. Throws InputError (file, line, column, what was expected) for anything
 * that is not one well-formed YAML document within the limits.
 */
export function parseYamlSource(
  file: string,
  text: string,
  sha256: string,
  limits: ReadLimits = DEFAULT_LIMITS,
  expected: Expected = DESCRIPTION,
): SourceDocument {
  if (!/^[ \t]*[^#\s]/m.test(text))
    throw new InputError(ref('input.yaml.empty', { expected }), { file, line: 1, column: 1 });
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
      if (err instanceof ValueProblem) throw new InputError(err.problem, { file, ...at(locator.offset(err.ptr)) });
      throw err;
    }
    return { file, sha256, value, locate: (ptr) => at(locator.offset(ptr)) };
  } catch (err) {
    if (err instanceof YamlSyntaxError) {
      const p = err.problem;
      const where = p.reason.startsWith('expected a single document')
        ? at(secondDocument(text))
        : { line: p.line + 1, column: p.column + 1 };
      throw new InputError(explainSyntax(p.reason, text, p.offset, limits), { file, ...where });
    }
    if (err instanceof CollectionKey)
      throw new InputError(ref('input.yaml.collection-key'), { file, ...at(contentStart(text, err.offset)) });
    if (err instanceof RangeError && /call stack/i.test(err.message))
      throw new InputError(ref('input.yaml.unreadable-depth', { max: String(limits.maxDepth) }), { file });
    throw err;
  }
}

/**
 * Read and parse a YAML file. Throws InputError (file, line, column, what was expected) for anything that is
 * not one well-formed YAML document within the limits.
 */
export function readYaml(
  file: string,
  limits: ReadLimits = DEFAULT_LIMITS,
  expected: Expected = DESCRIPTION,
): SourceDocument {
  const { text, sha256 } = readText(file, limits.maxBytes);
  // The build parsed this very file (a built-in pack) within the default limits: positions only if asked for.
  const cached = withinDefaults(limits) ? precompiledValue(sha256) : undefined;
  if (cached === undefined) return parseYamlSource(file, text, sha256, limits, expected);
  let parsed: SourceDocument | undefined;
  return {
    file,
    sha256,
    value: cached,
    locate: (ptr) => (parsed ??= parseYamlSource(file, text, sha256, limits, expected)).locate(ptr),
  };
}

const withinDefaults = (l: ReadLimits) =>
  l.maxBytes >= DEFAULT_LIMITS.maxBytes &&
  l.maxDepth >= DEFAULT_LIMITS.maxDepth &&
  l.maxAliases >= DEFAULT_LIMITS.maxAliases;

/** Parse YAML bytes that did not come from a file (standard input), named `file` in messages. */
export function readYamlBytes(file: string, bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): SourceDocument {
  if (bytes.byteLength > limits.maxBytes)
    throw new InputError(
      ref('input.read.input-too-big', { size: String(bytes.byteLength), max: String(limits.maxBytes) }),
      { file },
    );
  const { text, sha256 } = decodeText(file, bytes);
  return parseYamlSource(file, text, sha256, limits);
}
