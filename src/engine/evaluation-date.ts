// The evaluation date and the report timestamp: explicit, else SOURCE_DATE_EPOCH, else now, for reproducible reports.

import { clip } from '../core/clip.js';
import { InputError } from '../core/input-error.js';
import { inLang } from '../i18n/format.js';

/** The last second whose date is written YYYY-MM-DD (9999-12-31T23:59:59Z): reports carry four-digit years. */
const LATEST_EPOCH = 253_402_300_799;

/** The moment to stamp on a report: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
export function reportTime(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch) || Number(epoch) > LATEST_EPOCH)
      throw new InputError(
        inLang('input.date.epoch', { max: String(LATEST_EPOCH), value: JSON.stringify(clip(epoch)) }),
      );
    return new Date(Number(epoch) * 1000);
  }
  return new Date();
}

/** The date verdicts are judged on: `--date` if given (validated), else the report time's UTC date. */
export function evaluationDate(requested: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (requested === undefined) return reportTime(env).toISOString().slice(0, 10);
  const d = new Date(`${requested}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(requested) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== requested)
    throw new InputError(inLang('input.date.option', { value: JSON.stringify(clip(requested)) }));
  return requested;
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A YYYY-MM-DD date some months later, on the same day of the month or the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = m - 1 + months;
  const last = new Date(Date.UTC(y, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, month, Math.min(d, last))).toISOString().slice(0, 10);
}
