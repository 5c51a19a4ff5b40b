// The library of check functions that rule packs name in `check.fn`: one file per function, registered here.

import type { CheckFunction } from '../engine/types.js';
import { entitySeats } from './entity-seats.js';

// Each check is imported and listed once, in alphabetical order of file.
const all: CheckFunction<any>[] = [
  entitySeats,
];

/** Check functions by name. */
export const checks: ReadonlyMap<string, CheckFunction<any>> = new Map(all.map((c) => [c.name, c]));
