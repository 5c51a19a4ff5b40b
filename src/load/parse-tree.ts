// Parse YAML with js-yaml (YAML 1.2 core schema) and record its node tree, so positions can be found afterwards.

import jsYaml from 'js-yaml';

/** Kinds of parse calls, as recorded in ParseTree.kind. */
export const KIND = { none: 0, scalar: 1, sequence: 2, mapping: 3 } as const;
const KIND_CODE: Record<string, number> = { scalar: KIND.scalar, sequence: KIND.sequence, mapping: KIND.mapping };

/**
 * js-yaml's compose calls in pre-order (call 0 is the document's root). A call is one node of the document, or a
 * wrapper around its only child with the same result (js-yaml tries a block mapping first), or an alias
 * (kind none, with the aliased value as result). The children of call i are i+1, end[i+1], … up to end[i].
 */
export interface ParseTree {
  count: number;
  /** Offset where the call began reading (before any leading space, comment or node property). */
  start: Int32Array;
  /** One past the last call nested in this one. */
  end: Int32Array;
  /** KIND code: none for an alias or an empty node. */
  kind: Uint8Array;
  /** The value the call produced: a collection is the very object placed in its parent. */
  result: unknown[];
  /** Whether some alias repeats a list or mapping (else every object of the value appears once). */
  aliasesCollection: boolean;
}

/** What js-yaml reports on a syntax error: the reason and a 0-based line, column and offset. */
export interface SyntaxProblem {
  reason: string;
  line: number;
  column: number;
  offset: number;
}

/** Thrown for a document js-yaml refuses. */
export class YamlSyntaxError extends Error {
  constructor(readonly problem: SyntaxProblem) {
    super(problem.reason);
  }
}

interface ParserState {
  position: number;
  kind: string | null;
  result: unknown;
}

/**
 * Parse one YAML document into a plain value and its parse tree. `maxComposeDepth` bounds the parser's
 * recursion. Throws YamlSyntaxError for anything js-yaml refuses.
 */
export function parseTree(text: string, maxComposeDepth: number): { value: unknown; tree: ParseTree } {
  let capacity = 1024 + (text.length >> 3);
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let kind = new Uint8Array(capacity);
  const result: unknown[] = [];
  const stack: number[] = [];
  let count = 0;
  let aliasesCollection = false;
  const grow = () => {
    capacity *= 2;
    const s = new Int32Array(capacity);
    s.set(start);
    start = s;
    const e = new Int32Array(capacity);
    e.set(end);
    end = e;
    const k = new Uint8Array(capacity);
    k.set(kind);
    kind = k;
  };
  const listener = (event: 'open' | 'close', state: ParserState) => {
    if (event === 'open') {
      if (count === capacity) grow();
      start[count] = state.position;
      result.push(undefined);
      stack.push(count++);
    } else {
      const i = stack.pop()!;
      end[i] = count;
      kind[i] = state.kind === null ? KIND.none : (KIND_CODE[state.kind] ?? KIND.none);
      result[i] = state.result;
      if (state.kind === null && state.result !== null && typeof state.result === 'object') aliasesCollection = true;
    }
  };
  let value: unknown;
  try {
    value = jsYaml.load(text, {
      schema: jsYaml.CORE_SCHEMA,
      listener,
      maxDepth: maxComposeDepth,
    } as jsYaml.LoadOptions);
  } catch (err) {
    if (err instanceof jsYaml.YAMLException) {
      const mark = (err as jsYaml.YAMLException & { mark?: { line: number; column: number; position: number } }).mark;
      throw new YamlSyntaxError({
        reason: err.reason,
        line: mark?.line ?? 0,
        column: mark?.column ?? 0,
        offset: mark?.position ?? 0,
      });
    }
    throw err;
  }
  return { value, tree: { count, start, end, kind, result, aliasesCollection } };
}
