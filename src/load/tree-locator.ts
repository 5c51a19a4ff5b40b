// Positions from js-yaml's parse tree: checked once against the parsed value, then looked up by JSON pointer.

import { KIND, type ParseTree } from './parse-tree.js';
import { tokens } from '../core/json-pointer.js';

/** Finds the offset of the node at a JSON pointer (a mapping entry: its key), or of its nearest present ancestor. */
export interface Locator {
  offset(ptr: string): number;
}

/** The parse tree does not match the value in a way this locator can be sure of: use the exact locator. */
export class Unmappable extends Error {}

/** A mapping key that is a list or a mapping: refused, at this offset. */
export class CollectionKey extends Error {
  constructor(readonly offset: number) {
    super('a mapping key must be a plain value, not a list or mapping');
  }
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Offset of a node's content: past spaces, line breaks, comments and node properties (`&anchor`, `!tag`). */
export function contentStart(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35 /* # */) while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    else if (c === 38 /* & */ || c === 33 /* ! */) {
      while (i < text.length) {
        const d = text.charCodeAt(i);
        if (
          d === 32 ||
          d === 9 ||
          d === 10 ||
          d === 13 ||
          (c === 38 && (d === 44 || d === 91 || d === 93 || d === 123 || d === 125))
        )
          break;
        i++;
      }
    } else return i;
  }
}

/** Locates pointers through js-yaml's parse tree. Construct, then `verify()` before any lookup. */
export class TreeLocator implements Locator {
  private readonly index = new Map<number, Map<string, number> | Int32Array>();

  constructor(
    private readonly text: string,
    private readonly tree: ParseTree,
    private readonly value: unknown,
  ) {}

  /** Check that every mapping entry and sequence item of the value has its call; throws Unmappable or CollectionKey. */
  verify(): void {
    if (this.tree.count === 0) throw new Unmappable();
    this.check(0, this.value);
  }

  offset(ptr: string): number {
    const { start, end, kind } = this.tree;
    let i = 0;
    let at = contentStart(this.text, start[0]!);
    for (const token of tokens(ptr)) {
      i = this.unwrap(i);
      if (kind[i] === KIND.sequence) {
        const items = this.items(i);
        const n = /^(0|[1-9]\d*)$/.test(token) ? Number(token) : -1;
        if (n < 0 || n >= items.length) break;
        i = items[n]!;
        at = contentStart(this.text, start[i]!);
      } else if (kind[i] === KIND.mapping) {
        const key = this.keys(i).get(token);
        if (key === undefined) break;
        at = contentStart(this.text, start[key]!);
        i = end[key]!;
      } else break;
    }
    return at;
  }

  /** Skip wrappers: a call whose only child produced the same result. */
  private unwrap(i: number): number {
    const { end, kind, result } = this.tree;
    while (end[i]! > i + 1 && end[i + 1] === end[i] && kind[i + 1] === kind[i] && Object.is(result[i + 1], result[i]))
      i++;
    return i;
  }

  private check(call: number, v: unknown): void {
    const { end, kind, result } = this.tree;
    const i = this.unwrap(call);
    if (!Object.is(result[i], v)) throw new Unmappable();
    if (v === null || typeof v !== 'object' || kind[i] === KIND.none) return; // a scalar, or an alias (located as a whole)
    const last = end[i]!;
    if (Array.isArray(v)) {
      if (kind[i] !== KIND.sequence) throw new Unmappable();
      let n = 0;
      for (let j = i + 1; j < last; j = end[j]!) {
        if (n >= v.length) throw new Unmappable();
        this.check(j, v[n++]);
      }
      if (n !== v.length) throw new Unmappable();
      return;
    }
    if (kind[i] !== KIND.mapping) throw new Unmappable();
    let pairs = 0;
    for (let j = i + 1; j < last;) {
      const valueCall = end[j]!;
      if (valueCall >= last) {
        // js-yaml's last attempt at a key that turned out to be nothing
        if (kind[j] !== KIND.none || result[j] !== null || end[j] !== j + 1) throw new Unmappable();
        break;
      }
      const name = this.keyName(j);
      if (!hasOwn(v, name)) throw new Unmappable();
      this.check(valueCall, (v as Record<string, unknown>)[name]);
      pairs++;
      j = end[valueCall]!;
    }
    if (pairs !== Object.keys(v).length) throw new Unmappable();
  }

  private keyName(call: number): string {
    const k = this.tree.result[this.unwrap(call)];
    if (k !== null && typeof k === 'object') throw new CollectionKey(contentStart(this.text, this.tree.start[call]!));
    return String(k);
  }

  private items(i: number): Int32Array {
    let items = this.index.get(i) as Int32Array | undefined;
    if (!items) {
      const { end } = this.tree;
      const list: number[] = [];
      for (let j = i + 1; j < end[i]!; j = end[j]!) list.push(j);
      this.index.set(i, (items = Int32Array.from(list)));
    }
    return items;
  }

  private keys(i: number): Map<string, number> {
    let keys = this.index.get(i) as Map<string, number> | undefined;
    if (!keys) {
      const { end } = this.tree;
      keys = new Map();
      for (let j = i + 1; j < end[i]! && end[j]! < end[i]!; j = end[end[j]!]!) keys.set(this.keyName(j), j);
      this.index.set(i, keys);
    }
    return keys;
  }
}
