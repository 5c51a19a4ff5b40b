// Positions from the `yaml` library's node ranges: exact but slow, used only when the parse tree cannot be sure.

import { createRequire } from 'node:module';
import type { Node } from 'yaml';
import { escapeToken } from '../core/json-pointer.js';
import { CollectionKey, type Locator } from './tree-locator.js';

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
/** Loaded on first use, so a normal run never pays for it. */
const yaml = (): YamlModule => (yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule);

/**
 * Offsets of every mapping key and sequence item of a document js-yaml has already accepted (so it is well-formed
 * and within the depth limit). Aliases are not followed: a pointer into aliased content is located at the alias.
 */
export function exactLocator(text: string): Locator {
  const { parseDocument, isMap, isSeq, isPair, isScalar, isAlias } = yaml();
  const doc = parseDocument(text, { strict: false, uniqueKeys: false });
  const offsets = new Map<string, number>();
  const walk = (node: Node | null | undefined, ptr: string, offset: number): void => {
    offsets.set(ptr, offset);
    if (!node || isAlias(node)) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const written = pair.key as Node | null;
        const keyOffset = written?.range?.[0] ?? offset;
        const key = isAlias(written) ? written.resolve(doc) : written;
        if (key && (!isScalar(key) || (key.value !== null && typeof key.value === 'object')))
          throw new CollectionKey(keyOffset);
        const scalar = (key?.value ?? null) as string | number | boolean | bigint | null; // no object, as checked above
        walk(pair.value as Node | null, `${ptr}/${escapeToken(String(scalar))}`, keyOffset);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) =>
        walk(item as Node | null, `${ptr}/${i}`, (item as Node | null)?.range?.[0] ?? offset),
      );
    }
  };
  const root = doc.contents as Node | null;
  walk(root, '', root?.range?.[0] ?? 0);
  return {
    offset(ptr) {
      for (let p = ptr; ; p = p.slice(0, p.lastIndexOf('/'))) {
        const offset = offsets.get(p);
        if (offset !== undefined) return offset;
        if (p === '') return 0;
      }
    },
  };
}
