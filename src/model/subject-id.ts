// A result's subject with every list item named by its id rather than its index (`/sites/1` → `/sites/paris-2`), so
// that a waiver or a baseline written against it survives a reordering of the list.

import { escapeToken, tokens } from '../core/json-pointer.js';

type Node = Record<string, unknown>;
const isObject = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The fields that name an item of a list, the first one an item has: a site's `id`, a holding's or a special
 * right's `holder`, a subcontractor's `entity`, a qualification's `scheme`, a flow's `kind`, a staff group's `role`.
 */
export const NAMING_FIELDS = ['id', 'holder', 'entity', 'scheme', 'kind', 'role'] as const;

/** The name of a list item: a text item is its own name, an object the value of its first naming field. */
function itemName(item: unknown): string | undefined {
  if (typeof item === 'string' || typeof item === 'number') return String(item);
  if (!isObject(item)) return undefined;
  for (const field of NAMING_FIELDS) {
    const v = item[field];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return undefined;
}

/**
 * The token that names item `index` of a list: its name when no other item of the list has it, else its name and
 * its index (`backups-3`, for a flow that has no id); its index when it has no name.
 */
export function itemToken(list: readonly unknown[], index: number): string {
  const name = itemName(list[index]);
  if (name === undefined) return String(index);
  return nameCounts(list).get(name) === 1 ? name : `${name}-${index}`;
}

/** How many items of a list bear each name, counted once per list (a list of thousands is named in linear time). */
const counted = new WeakMap<readonly unknown[], Map<string, number>>();
function nameCounts(list: readonly unknown[]): Map<string, number> {
  let counts = counted.get(list);
  if (!counts) {
    counts = new Map();
    for (const item of list) {
      const name = itemName(item);
      if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    counted.set(list, counts);
  }
  return counts;
}

/** The pointer `ptr` into `document` with each list index replaced by the item's name; other tokens kept. */
export function subjectId(document: unknown, ptr: string): string {
  let node: unknown = document;
  let out = '';
  for (const t of tokens(ptr)) {
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(t) && Number(t) < node.length) {
      out += '/' + escapeToken(itemToken(node, Number(t)));
      node = node[Number(t)];
    } else {
      out += '/' + escapeToken(t);
      node = isObject(node) && Object.prototype.hasOwnProperty.call(node, t) ? node[t] : undefined;
    }
  }
  return out;
}

/** Whether a subject lies at or under a pointer (`/entities/a` covers `/entities/a/shareholders/b`, not `/entities/ab`). */
export const within = (subject: string, ptr: string): boolean =>
  ptr === '' || subject === ptr || subject.startsWith(ptr + '/');
