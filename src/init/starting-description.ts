// `snc init`'s starting description: every field of format 1 with a comment on what it proves and which clauses need
// it, written with yaml's document API from the schema and src/schema/field-docs.ts. Only the fields a description
// cannot do without are filled in, with neutral values; every fact is commented out, so nothing passes until given.

import { Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { translate } from '../i18n/format.js';
import type { Lang } from '../i18n/types.js';
import { wrapText } from '../report/wrap-text.js';
import { descriptionSchema } from '../schema/description-schema.js';
import { docFor, docText, inLang, STARTER_PROVIDER, type FieldDoc } from '../schema/field-docs.js';
import { resolve, type JsonSchema } from '../schema/schema-fields.js';

/** The widest line of the file: comments are wrapped to it. */
const WIDTH = 100;
/** How yaml writes the file; a parse of it written again with these options gives it back byte for byte. */
export const STARTER_TO_STRING = { lineWidth: 0, flowCollectionPadding: false, indentSeq: true } as const;

const isObject = (v: unknown): v is JsonSchema => v !== null && typeof v === 'object' && !Array.isArray(v);
const join = (prefix: string, key: string) => (prefix === '' ? key : `${prefix}.${key}`);

/** A field under a schema node: its key, path, own schema and whether it is required there. */
interface Field {
  key: string;
  path: string;
  schema: JsonSchema;
  required: boolean;
}

function fieldsOf(node: JsonSchema, prefix: string): Field[] {
  const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
  return Object.entries(isObject(node.properties) ? node.properties : {})
    .filter((e): e is [string, JsonSchema] => isObject(e[1]))
    .map(([key, schema]) => ({ key, path: join(prefix, key), schema, required: required.has(key) }));
}

const docOf = (path: string): FieldDoc => {
  const doc = docFor(path);
  if (!doc) throw new Error(`field ${path} has no entry in src/schema/field-docs.ts`);
  return doc;
};

/** The resolved schema of a field when its value is a mapping (of fields, or by id), else undefined. */
function mappingOf(f: { schema: JsonSchema }): JsonSchema | undefined {
  const node = resolve(descriptionSchema, f.schema);
  return isObject(node.properties) || isObject(node.additionalProperties) ? node : undefined;
}

/** What the starting file fills in: the fields with a starter value, and the required mappings that hold them. */
const isFilled = (f: Field): boolean =>
  docOf(f.path).starter !== undefined || (f.required && mappingOf(f) !== undefined);

/** The example value of a field, built from its fields' examples when it gives none itself. */
function exampleOf(f: { path: string; schema: JsonSchema }, lang: Lang): unknown {
  const example = docFor(f.path)?.example; // a list's items have no doc of their own
  if (example !== undefined) return inLang(example, lang);
  const node = resolve(descriptionSchema, f.schema);
  if (isObject(node.properties))
    return Object.fromEntries(fieldsOf(node, f.path).map((c) => [c.key, exampleOf(c, lang)]));
  if (isObject(node.items)) return [exampleOf({ path: `${f.path}[]`, schema: node.items }, lang)];
  throw new Error(`field ${f.path} needs an example in src/schema/field-docs.ts`);
}

/** Comment lines (each after its `#`) of a text, wrapped for a comment starting at column `column`. */
const commentLines = (text: string, column: number): string[] => wrapText(text, WIDTH - column - 2).map((l) => ` ${l}`);

class Writer {
  private readonly doc = new Document();
  constructor(private readonly lang: Lang) {}

  private docLines(path: string, column: number): string[] {
    return commentLines(docText(docOf(path), this.lang), column);
  }

  /**
   * An optional field as a commented-out example, its doc first and each of its own fields with theirs: lines for a
   * commentBefore at `column`. Taking the "# " off every line of the block gives valid YAML, comments included.
   */
  private commentedOut(f: Field, column: number): string[] {
    const example = new Document({ [f.key]: exampleOf(f, this.lang) });
    this.annotate((example.contents as YAMLMap).items[0]!.value as Node, f.path, column + 2 + 2);
    const block = example.toString(STARTER_TO_STRING).trimEnd().split('\n');
    return [...this.docLines(f.path, column), ...block.map((l) => ` ${l}`)];
  }

  /** Put each field's doc before its key (a list item's first field: before its `- `); lists of scalars go inline. */
  private annotate(value: Node, path: string, column: number): void {
    if (value instanceof YAMLMap) this.annotateFields(value, path, column, undefined);
    else if (value instanceof YAMLSeq) {
      if (value.items.every((x) => isScalar(x))) value.flow = true;
      // each field is explained at its first appearance in the list
      const seen = new Set<string>();
      for (const item of value.items)
        if (item instanceof YAMLMap) this.annotateFields(item, `${path}[]`, column + 2, { item, column, seen });
    }
  }

  private annotateFields(
    map: YAMLMap,
    prefix: string,
    column: number,
    list: { item: YAMLMap; column: number; seen: Set<string> } | undefined,
  ): void {
    map.items.forEach((pair, i) => {
      const key = String((pair.key as Scalar).value);
      // An example of a mapping by id (sources) names its ids: each is documented as the mapping's `*`.
      const path =
        docFor(join(prefix, key)) === undefined && docFor(join(prefix, '*')) !== undefined
          ? join(prefix, '*')
          : join(prefix, key);
      if (!list?.seen.has(key)) {
        list?.seen.add(key);
        if (i === 0 && list) list.item.commentBefore = this.docLines(path, list.column).join('\n');
        else (pair.key as Scalar).commentBefore = this.docLines(path, column).join('\n');
      }
      this.annotate(pair.value as Node, path, column + 2);
    });
  }

  /**
   * A mapping of the starting file at `column`. Commented-out fields go before the next field filled in; those after
   * the last one go before it too, except in the file's last mapping, which they close: yaml reads a comment that
   * follows a nested mapping as that mapping's own, so a mapping that others follow must not end with one.
   */
  private map(node: JsonSchema, prefix: string, column: number, last: boolean): YAMLMap {
    const top = prefix === '';
    const gap = (lines: string[]) => (top && lines.length > 0 ? [''] : []);
    const fields = fieldsOf(node, prefix);
    const filled = fields.filter(isFilled);
    const entries: { field: Field; before: string[] }[] = [];
    let pending: string[] = [];
    for (const f of fields) {
      if (isFilled(f)) {
        entries.push({ field: f, before: pending });
        pending = [];
      } else pending = [...pending, ...gap(pending), ...this.commentedOut(f, column)];
    }
    const out = new YAMLMap();
    const lastFilled = filled.at(-1);
    const closes = last && lastFilled !== undefined && mappingOf(lastFilled) === undefined;
    if (pending.length > 0 && closes) out.comment = pending.join('\n');
    else if (pending.length > 0) {
      const closing = entries.at(-1)!;
      closing.before = [...closing.before, ...gap(closing.before), ...pending];
    }
    for (const { field, before } of entries) {
      const key = new Scalar(field.key);
      key.commentBefore = [...before, ...gap(before), ...this.docLines(field.path, column)].join('\n');
      key.spaceBefore = top && out.items.length > 0; // the first follows the header's blank line
      out.items.push(new Pair(key, this.valueOf(field, column, last && field === lastFilled)));
    }
    return out;
  }

  /** The value of a field filled in: its starter, or its mapping (by id: one entry, the provider's). */
  private valueOf(f: Field, column: number, last: boolean): Node {
    const doc = docOf(f.path);
    if (doc.starter !== undefined) return this.doc.createNode(inLang(doc.starter, this.lang));
    const node = mappingOf(f)!;
    if (isObject(node.properties)) return this.map(node, f.path, column + 2, last);
    const id = new Scalar(inLang(STARTER_PROVIDER, this.lang));
    id.commentBefore = this.docLines(`${f.path}.*`, column + 2).join('\n');
    const byId = new YAMLMap();
    byId.items.push(new Pair(id, this.map(node.additionalProperties as JsonSchema, `${f.path}.*`, column + 4, last)));
    return byId;
  }

  /** The whole file: the modeline naming the editor schema (when given), the header, then the fields. */
  write(schemaPath: string | undefined): string {
    const modeline = schemaPath ? [` yaml-language-server: $schema=${schemaPath}`, ''] : [];
    this.doc.commentBefore = [...modeline, ...commentLines(translate(this.lang, 'init.header'), 0)].join('\n');
    this.doc.contents = this.map(descriptionSchema, '', 0, true);
    return this.doc.toString(STARTER_TO_STRING);
  }
}

/**
 * The starting description in a language. `schemaPath` is where the editor schema is, relative to the file: its
 * first line tells yaml-language-server (VS Code, and other editors) to use it.
 */
export function startingDescription(lang: Lang, schemaPath?: string): string {
  return new Writer(lang).write(schemaPath);
}
