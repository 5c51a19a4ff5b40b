// Cut echoed user text to a readable length, so that one huge name or key cannot flood a message or a report.

/** The longest echo of a user value, in characters (code points), before it is cut. */
export const ECHO_LIMIT = 200;

/**
 * `s` when it has at most `limit` characters, else its first `limit` characters and "…". Cuts between code points,
 * never inside a surrogate pair; linear in `limit`, whatever the length of `s`.
 */
export function clip(s: string, limit = ECHO_LIMIT): string {
  if (s.length <= limit) return s;
  let end = 0;
  for (let n = 0; n < limit && end < s.length; n++) {
    const c = s.charCodeAt(end);
    const d = s.charCodeAt(end + 1);
    end += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
  }
  return end >= s.length ? s : `${s.slice(0, end)}…`;
}

/** A value with every string in it cut by {@link clip}: the values of a message, as results carry them. */
export function clipDeep<T>(value: T): T {
  if (typeof value === 'string') return clip(value) as T;
  if (Array.isArray(value)) return value.map(clipDeep) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clipDeep(v)])) as T;
  return value;
}
