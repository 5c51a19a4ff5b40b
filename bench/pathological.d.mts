// The types of bench/pathological.mjs, for the tests that judge its shapes at a reduced size.
import type { Description } from '../src/model/description.js';

/** A shape: a valid description, and the verdicts and figures snc must give on it, worked out by hand. */
export interface PathologicalShape {
  description: Description;
  expected: Record<string, string | number | string[]>;
}

export function ring(n: number): PathologicalShape;
export function chain(n: number): PathologicalShape;
export function ladder(n: number): PathologicalShape;
export function nonEuChain(n: number): PathologicalShape;
export function subcontractors(s: number, n: number): PathologicalShape;
export function partlyHeldSubcontractors(s: number, n: number): PathologicalShape;
