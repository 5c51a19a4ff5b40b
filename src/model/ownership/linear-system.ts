// Solve the fixed point y = b + A·y of a cross-holding cycle: Gaussian elimination, or Gauss–Seidel for huge cycles.

/** Incoming flow of one unknown: `y[i]` receives `weight · y[from]`. */
export interface Inflow {
  from: number;
  weight: number;
}

/** Cycles up to this many entities are solved exactly by elimination (cubic); larger ones iteratively (linear per sweep). */
export const DENSE_LIMIT = 400;
const MAX_SWEEPS = 1_000_000;

/**
 * Solve y = b + A·y where `inflows[i]` lists the non-zero entries of row i of A. The caller guarantees that the
 * spectral radius of A is below 1 (some flow leaves the cycle), so I − A is a non-singular M-matrix.
 */
export function solveFixedPoint(inflows: readonly Inflow[][], b: Float64Array): Float64Array {
  return inflows.length <= DENSE_LIMIT ? solveDense(inflows, b) : solveIterative(inflows, b);
}

/** Gaussian elimination with partial pivoting on I − A. */
function solveDense(inflows: readonly Inflow[][], b: Float64Array): Float64Array {
  const k = inflows.length;
  const m = new Float64Array(k * k);
  const y = Float64Array.from(b);
  for (let i = 0; i < k; i++) {
    m[i * k + i] = 1;
    for (const { from, weight } of inflows[i]!) m[i * k + from]! -= weight;
  }
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(m[r * k + c]!) > Math.abs(m[p * k + c]!)) p = r;
    if (Math.abs(m[p * k + c]!) < 1e-14) throw new Error('singular cross-holding system (a closed cycle reached the solver)');
    if (p !== c) {
      for (let j = 0; j < k; j++) {
        const t = m[c * k + j]!;
        m[c * k + j] = m[p * k + j]!;
        m[p * k + j] = t;
      }
      const t = y[c]!;
      y[c] = y[p]!;
      y[p] = t;
    }
    const pivot = m[c * k + c]!;
    for (let r = c + 1; r < k; r++) {
      const f = m[r * k + c]! / pivot;
      if (f === 0) continue;
      for (let j = c; j < k; j++) m[r * k + j]! -= f * m[c * k + j]!;
      y[r]! -= f * y[c]!;
    }
  }
  for (let r = k - 1; r >= 0; r--) {
    let s = y[r]!;
    for (let j = r + 1; j < k; j++) s -= m[r * k + j]! * y[j]!;
    y[r] = s / m[r * k + r]!;
  }
  return y;
}

/** Gauss–Seidel sweeps until no unknown moves by more than 1e-13 of the largest; converges for an M-matrix. */
function solveIterative(inflows: readonly Inflow[][], b: Float64Array): Float64Array {
  const k = inflows.length;
  const y = Float64Array.from(b);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let change = 0;
    let largest = 0;
    for (let i = 0; i < k; i++) {
      let s = b[i]!;
      let self = 0;
      for (const { from, weight } of inflows[i]!) {
        if (from === i) self += weight;
        else s += weight * y[from]!;
      }
      const v = s / (1 - self);
      change = Math.max(change, Math.abs(v - y[i]!));
      largest = Math.max(largest, Math.abs(v));
      y[i] = v;
    }
    if (change <= 1e-13 * Math.max(largest, 1e-300)) return y;
  }
  throw new Error(`a cross-holding cycle of ${k} entities did not converge`);
}
