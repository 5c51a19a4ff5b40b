// Numbers and lists written as Intl writes them for en-GB and fr-FR, without Intl: its first use loads ICU's locale
// data, which costs more than the rest of a typical run's formatting. test/i18n/plain-format.test.ts holds them equal.

import type { Lang } from './types.js';

const SEPARATORS: Record<Lang, { group: string; decimal: string; and: string }> = {
  en: { group: ',', decimal: '.', and: ' and ' },
  fr: { group: '\u202f', decimal: ',', and: ' et ' },
};

/** The shortest decimal digits of a non-negative finite number, as whole and fraction parts (no exponent). */
function decimalParts(abs: number): [string, string] {
  const [mantissa, exp] = String(abs).split('e') as [string, string | undefined];
  const [whole, fraction = ''] = mantissa.split('.') as [string, string | undefined];
  const shift = Number(exp ?? 0);
  const digits = whole + fraction;
  const point = whole.length + shift;
  if (point <= 0) return ['0', '0'.repeat(-point) + digits];
  if (point >= digits.length) return [digits + '0'.repeat(point - digits.length), ''];
  return [digits.slice(0, point), digits.slice(point)];
}

/** Round decimal parts half away from zero to `places` decimals, on the decimal digits (as ICU does, not the binary value). */
function roundParts([whole, fraction]: [string, string], places: number): [string, string] {
  if (fraction.length <= places) return [whole, fraction];
  const kept = whole + fraction.slice(0, places);
  if (fraction.charCodeAt(places) < 53 /* '5' */) return [whole, fraction.slice(0, places)];
  const digits = kept.split('');
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') digits[i--] = '0';
  if (i < 0) digits.unshift('1');
  else digits[i] = String(Number(digits[i]) + 1);
  const cut = digits.length - places;
  return [digits.slice(0, cut).join(''), digits.slice(cut).join('')];
}

/**
 * A number as every text of snc writes it: at most `maxDecimals` decimals (two unless said), trailing zeros dropped,
 * grouped by thousands (Intl.NumberFormat with maximumFractionDigits).
 */
export function formatNumber(n: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(n))
    return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: maxDecimals }).format(n);
  const { group, decimal } = SEPARATORS[lang];
  const [whole, rawFraction] = roundParts(decimalParts(Math.abs(n)), maxDecimals);
  const fraction = rawFraction.replace(/0+$/, '');
  let grouped = '';
  for (let i = whole.length; i > 0; i -= 3)
    grouped = whole.slice(Math.max(0, i - 3), i) + (grouped ? group + grouped : '');
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return sign + grouped + (fraction ? decimal + fraction : '');
}

/**
 * How many decimals a figure compared with a bound needs so that, written, it differs from the bound and lies on the
 * same side of it (24.000001 against 24 needs six); two when they are equal or two already tell them apart.
 */
export function decimalsAgainst(n: number, bound: number): number {
  if (!Number.isFinite(n) || !Number.isFinite(bound) || n === bound) return 2;
  const side = Math.sign(n - bound);
  const parts = decimalParts(Math.abs(n));
  for (let places = 2; places < parts[1].length; places++) {
    const [whole, fraction] = roundParts(parts, places);
    const shown = (n < 0 ? -1 : 1) * Number(`${whole}.${fraction || '0'}`);
    if (Math.sign(shown - bound) === side) return places;
  }
  return Math.max(2, parts[1].length);
}

/** A percentage: at most two decimals, or against a bound as many as it takes to differ from it; 66.67% / 66,67 %. */
export function formatPercent(n: number, lang: Lang, bound?: number): string {
  const digits = bound === undefined ? 2 : decimalsAgainst(n, bound);
  return `${formatNumber(n, lang, digits)}${lang === 'fr' ? '\u202f%' : '%'}`;
}

/** Items joined as a conjunction: `a, b and c` / `a, b et c` (Intl.ListFormat, type conjunction). */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  return items.slice(0, -1).join(', ') + SEPARATORS[lang].and + items[items.length - 1];
}
