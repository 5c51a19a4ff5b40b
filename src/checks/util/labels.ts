// How checks name what they judge in messages: staff groups by employer, fields as catalogue terms (entities: model/entity-name.ts).

import type { MessageValue } from '../../i18n/types.js';
import type { StaffGroup } from '../../model/description.js';
import { entityName } from '../../model/entity-name.js';
import type { Facts } from '../../model/facts.js';

/** A staff group's label: its employer's name, else its place in the list (`staff[2]`). */
export const staffLabel = (group: StaffGroup, index: number, facts: Facts): string =>
  group.employer !== undefined ? entityName(group.employer, facts.entity(group.employer)) : `staff[${index}]`;

/** Catalogue terms under a prefix, as a message value: `terms('field', ['documented'])` renders `term.field.documented`. */
export const terms = (prefix: string, names: Iterable<string>): MessageValue => ({
  terms: [...names].map((n) => `${prefix}.${n}`),
});
