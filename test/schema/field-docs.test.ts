// Every field of the description schema is described, in both languages, from one table; the table names no field
// that does not exist and no clause that rules/data does not list.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/types.js';
import { describedSchema, descriptionSchema } from '../../src/schema/description-schema.js';
import { docFor, docText, fieldDocs } from '../../src/schema/field-docs.js';
import { schemaFields, type JsonSchema } from '../../src/schema/schema-fields.js';

const clauses = (parse(readFileSync('rules/data/clauses.yaml', 'utf8')) as { clauses: Record<string, unknown> })
  .clauses;
const fields = schemaFields(descriptionSchema);

describe('the description schema', () => {
  it('has fields (the walk reaches them all)', () => {
    const paths = fields.map((f) => f.path);
    for (const p of [
      'snc',
      'entities.*.registeredOffice',
      'entities.*.shareholders[].holder',
      'subcontractors[].autonomy.alternatives',
    ])
      expect(paths).toContain(p);
  });

  it.each(LANGS)('gives every property a description (%s), from src/schema/field-docs.ts', (lang) => {
    const schema = describedSchema(lang);
    const missing = schemaFields(schema)
      .filter((f) => typeof f.schema.description !== 'string' || f.schema.description.trim() === '')
      .map((f) => f.path);
    expect(missing, 'add an entry for each of these fields to src/schema/field-docs.ts').toEqual([]);
  });

  it('describes each field with the text of its doc, clauses first', () => {
    for (const f of fields) expect(f.schema.description, f.path).toBe(docText(docFor(f.path)!, 'en'));
    expect(fields.find((f) => f.path === 'entities.*.registeredOffice')!.schema.description).toMatch(
      /^19\.6\.a, 19\.6\.b, 19\.6\.c — Country of the registered office/,
    );
  });

  it('keeps shared types ($defs) as leaves, so every field is walked where it is used', () => {
    for (const [name, def] of Object.entries(descriptionSchema.$defs as Record<string, JsonSchema>)) {
      expect(def.properties, name).toBeUndefined();
      expect(def.items, name).toBeUndefined();
    }
  });
});

describe('src/schema/field-docs.ts', () => {
  const paths = new Set(fields.map((f) => f.path));

  it('documents only fields that exist', () => {
    const keys = new Set(fields.map((f) => f.key));
    expect(Object.keys(fieldDocs).filter((p) => (p.startsWith('**.') ? !keys.has(p.slice(3)) : !paths.has(p)))).toEqual(
      [],
    );
  });

  it('documents a field by its name wherever it is with `**.name`, its own entry first', () => {
    const shared = { text: { en: 'A note shared by many objects.', fr: 'Une note partagée par bien des objets.' } };
    const own = { text: { en: 'The note of the offer.', fr: 'La note de l’offre.' } };
    fieldDocs['**.x-note'] = shared;
    fieldDocs['offer.x-note'] = own;
    try {
      expect(docFor('entities.*.shareholders[].x-note')).toBe(shared);
      expect(docFor('x-note')).toBe(shared);
      expect(docFor('offer.x-note')).toBe(own);
      expect(docFor('entities.*.x-other')).toBeUndefined();
    } finally {
      delete fieldDocs['**.x-note'];
      delete fieldDocs['offer.x-note'];
    }
  });

  it('cites only clauses that rules/data/clauses.yaml lists', () => {
    for (const [path, doc] of Object.entries(fieldDocs))
      for (const c of doc.clauses ?? []) expect(Object.keys(clauses), `${path}: ${c}`).toContain(c);
  });

  it('has a text in every language, different in French, as one sentence or more', () => {
    for (const [path, doc] of Object.entries(fieldDocs))
      for (const lang of LANGS) {
        expect(doc.text[lang].trim(), `${path}.${lang}`).toMatch(/\S.{8,}[.)]$/);
        if (lang === 'fr') expect(doc.text.fr, path).not.toBe(doc.text.en);
      }
  });
});
