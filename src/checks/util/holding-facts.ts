// The facts an ownership verdict rests on: the entity and every entity that holds it, or holds a right over it, upward.

import { pointer } from '../../core/json-pointer.js';
import type { Description } from '../../model/description.js';

/** Pointers of `/entities/<id>` for an entity and all its direct and indirect holders and right holders. */
export function holdingFacts(description: Description, id: string): string[] {
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (seen.has(e) || !Object.prototype.hasOwnProperty.call(description.entities, e)) continue;
    seen.add(e);
    const entity = description.entities[e]!;
    for (const s of entity.shareholders ?? []) stack.push(s.holder);
    for (const r of entity.specialRights ?? []) stack.push(r.holder);
  }
  return [...seen].map((e) => pointer('entities', e));
}
