// How messages name an entity: by its `name`, else by its id.

/** An entity's display name: its `name`, else its id (`entity` is undefined when the id names none). */
export const entityName = (id: string, entity: { readonly name?: string } | undefined): string => entity?.name ?? id;
