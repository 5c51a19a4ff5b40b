// Whether a YYYY-MM-DD string is a real calendar date (a schema checks only the shape).

export function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
