// JSON pointers (RFC 6901): the subjects of results and the keys of source maps.

/** Escape one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string | number): string {
  const s = String(token);
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

/** Build a pointer from reference tokens: `pointer('entities', 'bleu')` → `/entities/bleu`. */
export function pointer(...tokens: (string | number)[]): string {
  let out = '';
  for (const t of tokens) out += '/' + escapeToken(t);
  return out;
}

/** Split a pointer into its unescaped tokens. */
export const tokens = (ptr: string): string[] =>
  ptr === ''
    ? []
    : ptr
        .slice(1)
        .split('/')
        .map((t) => (t.includes('~') ? t.replace(/~1/g, '/').replace(/~0/g, '~') : t));

/** A dotted path for people: `/entities/bleu/shareholders/0` → `entities.bleu.shareholders[0]`. */
export function dottedPath(ptr: string): string {
  let out = '';
  for (const t of tokens(ptr)) out += /^\d+$/.test(t) ? `[${t}]` : out === '' ? t : `.${t}`;
  return out || '(document)';
}
