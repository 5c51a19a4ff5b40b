// Read one YAML file into a plain value and a source map from JSON pointers to line:column, refusing hostile input.

import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, isAlias, type Node } from 'yaml';
import { InputError } from './input-error.js';
import { escapeToken } from './json-pointer.js';

export interface Position {
  line: number;
  column: number;
}

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
  /** Most alias uses (`*name`) in a file. */
  maxAliases: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 64 * 1024 * 1024, maxDepth: 64, maxAliases: 100 };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function readText(file: string, limits: ReadLimits): { text: string; sha256: string } {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError('is a directory, expected a YAML file', { file });
    size = stat.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? 'error'})`, { file });
  }
  if (size > limits.maxBytes)
    throw new InputError(`file is ${size} bytes, over the limit of ${limits.maxBytes} (raise it with --max-bytes)`, { file });
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new InputError(`cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { file });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(`binary content (a NUL byte at offset ${nul}), expected a YAML text file`, { file });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8 text, expected a YAML text file', { file });
  }
  return { text, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Read and parse a YAML file. Throws InputError (file, line, column, what was expected) for anything that
 * is not one well-formed YAML document within the limits.
 */
export function readYaml(file: string, limits: ReadLimits = DEFAULT_LIMITS): SourceDocument {
  const { text, sha256 } = readText(file, limits);
  if (text.replace(/^\uFEFF/, '').trim() === '' || !/^\s*[^#\s]/m.test(text))
    throw new InputError('empty file, expected a YAML mapping beginning with `snc: 1`', { file, line: 1, column: 1 });

  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (err) {
    if (err instanceof RangeError) throw new InputError(`nesting is too deep (over ${limits.maxDepth} levels)`, { file });
    throw err;
  }
  const first = doc.errors[0];
  if (first) {
    const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(`invalid YAML: ${message}`, { file, ...at(first.pos[0]) });
  }

  const offsets = new Map<string, number>();
  let aliases = 0;
  const walk = (node: Node | null | undefined, ptr: string, depth: number, offset: number): void => {
    offsets.set(ptr, offset);
    if (!node) return;
    if (depth > limits.maxDepth)
      throw new InputError(`nesting is deeper than ${limits.maxDepth} levels (raise it with --max-depth)`, { file, ...at(offset) });
    if (isAlias(node)) {
      if (++aliases > limits.maxAliases)
        throw new InputError(`more than ${limits.maxAliases} YAML aliases (raise it with --max-aliases)`, { file, ...at(offset) });
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        if (!isScalar(key) || (key.value !== null && typeof key.value === 'object'))
          throw new InputError('a mapping key must be a plain value, not a collection', { file, ...at(key?.range?.[0] ?? offset) });
        const name = String(key.value);
        const keyOffset = key.range?.[0] ?? offset;
        if (FORBIDDEN_KEYS.has(name))
          throw new InputError(`the key \`${name}\` is not allowed (a reserved JavaScript name)`, { file, ...at(keyOffset) });
        walk(pair.value as Node | null, `${ptr}/${escapeToken(name)}`, depth + 1, keyOffset);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const n = item as Node | null;
        walk(n, `${ptr}/${i}`, depth + 1, n?.range?.[0] ?? offset);
      });
    }
  };
  try {
    walk(doc.contents as Node | null, '', 0, (doc.contents as Node | null)?.range?.[0] ?? 0);
  } catch (err) {
    if (err instanceof RangeError) throw new InputError(`nesting is too deep (over ${limits.maxDepth} levels)`, { file });
    throw err;
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch (err) {
    if (err instanceof RangeError) throw new InputError(`nesting is too deep (over ${limits.maxDepth} levels)`, { file });
    throw new InputError(`cannot expand the YAML: ${(err as Error).message}`, { file });
  }

  return {
    file,
    sha256,
    value,
    locate(ptr) {
      let p = ptr;
      for (;;) {
        const offset = offsets.get(p);
        if (offset !== undefined) return at(offset);
        if (p === '') return { line: 1, column: 1 };
        p = p.slice(0, p.lastIndexOf('/'));
      }
    },
  };
}
