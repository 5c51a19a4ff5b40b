// Catalogue templates: `{name}`, `{name, number}`, `{name, plural, one {…} other {…}}` and `{name, select, key {…} other {…}}`.

import type { Lang } from './types.js';

/** One piece of a parsed template. */
export type Part =
  | string
  | { name: string; kind: 'value' | 'number' }
  | { name: string; kind: 'plural' | 'select'; branches: Record<string, Part[]> }
  /** `#` inside a plural branch: the count (or the list) itself. */
  | { kind: 'count' };

export type PluralCategory = 'one' | 'other';

/**
 * The plural category of a count, as CLDR gives it: in French 0 and 1 are singular (« 0 dérogation », « 1,5 jour »),
 * in English only 1 is (“0 waivers”, “1 waiver”).
 */
export function pluralCategory(n: number, lang: Lang): PluralCategory {
  if (lang === 'fr') return Math.abs(n) < 2 ? 'one' : 'other';
  return n === 1 ? 'one' : 'other';
}

const NAME = /^[A-Za-z_][\w]*$/;
const KEY = /^(=\d+|[\w.-]+)$/;

/** Parse a template; a malformed one is a bug in a catalogue, so it throws naming the problem. */
export function parseTemplate(template: string): Part[] {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`template ${JSON.stringify(template)}: ${what} at ${i}`);
  };
  const skipSpaces = () => {
    while (/\s/.test(template[i] ?? '')) i++;
  };
  const word = (): string => {
    skipSpaces();
    const start = i;
    while (i < template.length && !/[\s,{}]/.test(template[i]!)) i++;
    return template.slice(start, i);
  };
  const parts = (inPlural: boolean, closing: boolean): Part[] => {
    const out: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push(text);
      text = '';
    };
    while (i < template.length) {
      const c = template[i]!;
      if (c === '}') {
        if (!closing) fail('unmatched }');
        flush();
        return out;
      }
      if (c === '#' && inPlural) {
        flush();
        out.push({ kind: 'count' });
        i++;
        continue;
      }
      if (c !== '{') {
        text += c;
        i++;
        continue;
      }
      flush();
      i++;
      out.push(placeholder());
    }
    if (closing) fail('missing }');
    flush();
    return out;
  };
  const placeholder = (): Part => {
    const name = word();
    if (!NAME.test(name)) fail(`bad placeholder name ${JSON.stringify(name)}`);
    skipSpaces();
    if (template[i] === '}') {
      i++;
      return { name, kind: 'value' };
    }
    if (template[i] !== ',') fail('expected , or }');
    i++;
    const kind = word();
    skipSpaces();
    if (kind === 'number') {
      if (template[i] !== '}') fail('expected }');
      i++;
      return { name, kind: 'number' };
    }
    if (kind !== 'plural' && kind !== 'select') fail(`unknown placeholder kind ${JSON.stringify(kind)}`);
    if (template[i] !== ',') fail('expected ,');
    i++;
    const branches: Record<string, Part[]> = {};
    for (;;) {
      skipSpaces();
      if (template[i] === '}') {
        i++;
        break;
      }
      const key = word();
      if (!KEY.test(key)) fail(`bad branch key ${JSON.stringify(key)}`);
      skipSpaces();
      if (template[i] !== '{') fail(`expected { after ${key}`);
      i++;
      branches[key] = parts(kind === 'plural', true);
      i++;
    }
    if (!branches.other) fail(`${kind} {${name}} has no other branch`);
    return { name, kind: kind as 'plural' | 'select', branches };
  };
  return parts(false, false);
}

/** Every placeholder a template names, with the kinds it is used as, sorted by name. */
export function placeholdersOf(template: string): { name: string; kind: Exclude<Part, string>['kind'] }[] {
  const found = new Map<string, Set<string>>();
  const walk = (ps: Part[]) => {
    for (const p of ps) {
      if (typeof p === 'string' || p.kind === 'count') continue;
      found.set(p.name, (found.get(p.name) ?? new Set()).add(p.kind));
      if ('branches' in p) for (const b of Object.values(p.branches)) walk(b);
    }
  };
  walk(parseTemplate(template));
  return [...found.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([name, kinds]) =>
      [...kinds].sort().map((kind) => ({ name, kind: kind as Exclude<Part, string>['kind'] })),
    );
}
