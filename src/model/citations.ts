// Which sources stand behind a fact: the nearest object at or above it that cites some, and what lies within it.

import { pointer, tokens } from '../core/json-pointer.js';
import type { Citing } from './description.js';

type Node = Record<string, unknown>;
const isObject = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The source ids an object cites itself (`source`, then `sources`), or none. */
export function ownCitations(v: unknown): string[] {
  if (!isObject(v)) return [];
  const c = v as Citing;
  return [...(typeof c.source === 'string' ? [c.source] : []), ...(Array.isArray(c.sources) ? c.sources : [])];
}

/** Every citing object of a description (the top-level `sources` map aside), with its pointer, parents first. */
export function* citingObjects(description: unknown): Generator<{ pointer: string; value: Node }> {
  function* walk(v: unknown, path: (string | number)[]): Generator<{ pointer: string; value: Node }> {
    if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) yield* walk(item, [...path, i]);
      return;
    }
    if (!isObject(v)) return;
    if (path.length > 0 && ('source' in v || 'sources' in v)) yield { pointer: pointer(...path), value: v };
    for (const [k, child] of Object.entries(v))
      if (!(path.length === 0 && k === 'sources')) yield* walk(child, [...path, k]);
  }
  yield* walk(description, []);
}

/**
 * The ids of the sources behind the fact at a pointer: those of the nearest object at or above it that cites any
 * (the description itself cites nothing). With `within`, also those cited anywhere inside the fact.
 */
export function citationsAt(description: unknown, ptr: string, within = false): string[] {
  const path = tokens(ptr);
  const nodes: unknown[] = [description];
  for (const t of path) {
    const parent = nodes.at(-1);
    nodes.push(Array.isArray(parent) ? parent[Number(t)] : isObject(parent) ? parent[t] : undefined);
  }
  const out: string[] = [];
  for (let i = nodes.length - 1; i >= 1; i--) {
    const own = ownCitations(nodes[i]);
    if (own.length > 0) {
      out.push(...own);
      break;
    }
  }
  if (within) for (const c of citingObjects(nodes.at(-1))) out.push(...ownCitations(c.value));
  if (within) out.push(...ownCitations(nodes.at(-1)));
  return out;
}
