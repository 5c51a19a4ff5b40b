// "Did you mean": the candidates nearest to a word by edit distance (letters added, dropped, changed or swapped).

import { translate } from '../i18n/format.js';
import type { Lang } from '../i18n/types.js';

/**
 * The optimal string alignment distance between two strings (Levenshtein plus swaps of neighbours), or
 * `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let before = new Array<number>(y.length + 1).fill(0);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[y.length]!;
}

/** How far a word may be from a candidate to be suggested: a third of its length, at least one edit. */
const allowance = (word: string) => Math.max(1, Math.floor([...word].length / 3));

/**
 * The candidates nearest to a word, when one is near enough: the same word in another case first, else those at the
 * smallest edit distance (ignoring case) within a third of the word's length. Empty when none is near.
 */
export function closest(word: string, candidates: Iterable<string>): string[] {
  const unique = [...new Set(candidates)].filter((c) => c !== word);
  const lower = word.toLowerCase();
  const sameLetters = unique.filter((c) => c.toLowerCase() === lower);
  if (sameLetters.length > 0) return sameLetters;
  const limit = allowance(word);
  let best = limit + 1;
  let found: string[] = [];
  for (const c of unique) {
    const d = editDistance(lower, c.toLowerCase(), Math.min(limit, best));
    if (d < best) {
      best = d;
      found = [c];
    } else if (d === best && d <= limit) found.push(c);
  }
  return best <= limit ? found : [];
}

/** ` (did you mean `a`?)`, ` (did you mean `a` or `b`?)` (in French, ` (vouliez-vous dire `a` ou `b` ?)`), or nothing. */
export function didYouMean(suggestions: string[], lang: Lang = 'en'): string {
  if (suggestions.length === 0) return '';
  const shown = suggestions.slice(0, 3).map((s) => `\`${s}\``);
  const choices =
    shown.length === 1
      ? shown[0]!
      : `${shown.slice(0, -1).join(', ')}${translate(lang, 'input.hint.or')}${shown.at(-1)}`;
  return translate(lang, 'input.hint.did-you-mean', { choices });
}
