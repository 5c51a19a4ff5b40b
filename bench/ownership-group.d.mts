// The types of bench/ownership-group.mjs, for the test that checks a generated group against its own arithmetic.
import type { Description } from '../src/model/description.js';

/** A generated group around the provider `p`, with every ultimate holder's expected economic share. */
export interface GeneratedGroup {
  description: Description;
  /** The economic share of each ultimate holder, as a fraction. */
  expected: Map<string, number>;
  /** The US person at the top of the chain of control. */
  usTop: string;
  chainLength: number;
  companies: number;
}

export function generateGroup(n: number, seed?: number): GeneratedGroup;
