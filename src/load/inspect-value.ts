// Refuse parsed values that would harm whoever walks them: reserved keys, nesting too deep, alias bombs, cycles, .inf and .nan.

import { ref, type MessageRef } from '../core/input-error.js';
import { pointer } from '../core/json-pointer.js';

/** A problem found in a value, at a JSON pointer. */
export class ValueProblem extends Error {
  constructor(
    readonly problem: MessageRef,
    readonly ptr: string,
  ) {
    super(problem.id);
  }
}

/** Keys that name JavaScript internals: refused so no consumer can pollute or confuse a prototype. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Shape {
  /** Levels of collections from this node down (0 for a scalar, 1 for a collection of scalars). */
  height: number;
  /** Alias expansions inside it, counting repeats inside repeated content. */
  aliases: number;
}

const LEAF: Shape = { height: 0, aliases: 0 };

/** `.inf`, `-.inf` and `.nan`: numbers no field of a description or a rule pack can hold, refused where they stand. */
function refuseNonFinite(v: unknown, ptr: () => string): void {
  if (typeof v === 'number' && !Number.isFinite(v))
    throw new ValueProblem(ref('input.yaml.not-finite', { kind: Number.isNaN(v) ? 'nan' : 'infinite' }), ptr());
}

/**
 * Walk a value parsed from YAML, where a repeated object is an alias. Throws ValueProblem (with the pointer of
 * the culprit) for a forbidden key, a node deeper than maxDepth, more than maxAliases alias expansions (so a
 * "billion laughs" is refused before anything expands it) or an alias inside its own anchor (a cycle).
 */
export function inspectValue(
  value: unknown,
  limits: { maxDepth: number; maxAliases: number },
  aliasesCollection = true,
): void {
  if (!aliasesCollection) return inspectTree(value, limits.maxDepth);
  const done = new Map<object, Shape>();
  const open = new Set<object>();
  const path: (string | number)[] = [];
  const here = () => pointer(...path);

  // depth: how many collections hold this node (0 for the document itself)
  const visit = (v: unknown, depth: number): Shape => {
    if (v === null || typeof v !== 'object') {
      refuseNonFinite(v, here);
      return LEAF;
    }
    if (depth >= limits.maxDepth)
      throw new ValueProblem(ref('input.yaml.too-deep', { max: String(limits.maxDepth) }), here());
    if (open.has(v)) throw new ValueProblem(ref('input.yaml.alias-cycle'), here());
    const seen = done.get(v);
    if (seen) {
      if (depth + seen.height > limits.maxDepth)
        throw new ValueProblem(ref('input.yaml.too-deep-alias', { max: String(limits.maxDepth) }), here());
      return { height: seen.height, aliases: 1 + seen.aliases };
    }
    open.add(v);
    const shape = { height: 1, aliases: 0 };
    const add = (child: unknown) => {
      const s = visit(child, depth + 1);
      if (s.height + 1 > shape.height) shape.height = s.height + 1;
      shape.aliases += s.aliases;
      if (shape.aliases > limits.maxAliases)
        throw new ValueProblem(ref('input.yaml.too-many-aliases', { max: String(limits.maxAliases) }), here());
    };
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        add(v[i]);
        path.pop();
      }
    } else {
      for (const key of Object.keys(v)) {
        path.push(key);
        if (FORBIDDEN_KEYS.has(key)) throw new ValueProblem(ref('input.yaml.forbidden-key', { key }), here());
        add((v as Record<string, unknown>)[key]);
        path.pop();
      }
    }
    open.delete(v);
    done.set(v, shape);
    return shape;
  };
  visit(value, 0);
}

/** The same checks on a value where every object appears once (no alias repeats a collection): a plain walk. */
function inspectTree(value: unknown, maxDepth: number): void {
  const path: (string | number)[] = [];
  const visit = (v: object, depth: number): void => {
    if (depth >= maxDepth)
      throw new ValueProblem(ref('input.yaml.too-deep', { max: String(maxDepth) }), pointer(...path));
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const child: unknown = v[i];
        if (child === null || typeof child !== 'object') {
          refuseNonFinite(child, () => pointer(...path, i));
          continue;
        }
        path.push(i);
        visit(child, depth + 1);
        path.pop();
      }
      return;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key))
        throw new ValueProblem(ref('input.yaml.forbidden-key', { key }), pointer(...path, key));
      const child = (v as Record<string, unknown>)[key];
      if (child === null || typeof child !== 'object') {
        refuseNonFinite(child, () => pointer(...path, key));
        continue;
      }
      path.push(key);
      visit(child, depth + 1);
      path.pop();
    }
  };
  if (value !== null && typeof value === 'object') visit(value, 0);
  else refuseNonFinite(value, () => '');
}
