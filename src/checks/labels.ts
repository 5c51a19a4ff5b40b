// How checks name what they judge in messages: entities by name, staff groups by employer, fields as catalogue terms.

import type { MessageValue } from '../i18n/types.js';
import type { StaffGroup } from '../model/description.js';
import type { Facts } from '../model/facts.js';

/** An entity's display name: its `name`, else its id. */
export const entityName = (facts: Facts, id: string): string => facts.entity(id)?.name ?? id;

/** A staff group's label: its employer's name, else its place in the list (`staff[2]`). */
export const staffLabel = (group: StaffGroup, index: number, facts: Facts): string =>
  group.employer !== undefined ? entityName(facts, group.employer) : `staff[${index}]`;

/** Catalogue terms under a prefix, as a message value: `terms('field', ['documented'])` renders `term.field.documented`. */
export const terms = (prefix: string, names: Iterable<string>): MessageValue => ({ terms: [...names].map((n) => `${prefix}.${n}`) });
