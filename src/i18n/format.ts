// Render a message id and its values in a language: country names, lists and numbers the way each language writes them.

import { countryName as nameOf } from './country-names.js';
import { en, type MessageId } from './en.js';
import { fr } from './fr.js';
import { formatNumber, formatPercent, joinList } from './plain-format.js';
import { parseTemplate, pluralCategory, type Part } from './message-format.js';
import { elide, frenchTypography } from './typography.js';
import type { Lang, Message, MessageValue } from './types.js';
import { setMessageTranslator } from '../core/input-error.js';

const catalogues: Record<Lang, Record<string, string>> = { en, fr };

const countryName = (code: string, lang: Lang) => `${nameOf(code, lang)} (${code})`;

/** A value as text in a language. */
export function renderValue(value: MessageValue, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, lang);
  if ('country' in value) return countryName(value.country, lang);
  if ('countries' in value)
    return joinList(
      value.countries.map((c) => countryName(c, lang)),
      lang,
    );
  if ('list' in value) return joinList(value.list, lang);
  // Terms are named by the data (field names, data kinds, roles): an unknown one throws, as any unknown id does.
  if ('terms' in value)
    return joinList(
      value.terms.map((t) => translate(lang, `term.${t}` as MessageId)),
      lang,
    );
  if ('path' in value)
    return value.path
      .map((s, i) =>
        i === 0
          ? s.entity
          : s.omitted !== undefined
            ? translate(lang, 'path.omitted', { count: s.omitted })
            : s.control
              ? `⇒ ${s.entity}`
              : `→ ${renderValue({ percent: s.percent ?? 0 }, lang)} ${s.entity}`,
      )
      .join(' ');
  if ('at' in value)
    return value.line === undefined
      ? value.at
      : translate(lang, 'location.line', { pointer: value.at, line: value.line });
  return formatPercent(value.percent, lang, value.bound);
}

const parsed: Record<Lang, Map<string, Part[]>> = { en: new Map(), fr: new Map() };

/** The parsed template of a message id in a language; an unknown id is a bug, so it throws. */
function templateOf(lang: Lang, id: string): Part[] {
  let parts = parsed[lang].get(id);
  if (!parts) {
    const template = catalogues[lang][id];
    if (template === undefined) throw new Error(`no ${lang} text for message id ${id}`);
    parsed[lang].set(id, (parts = parseTemplate(lang === 'fr' ? frenchTypography(template) : template)));
  }
  return parts;
}

/** How many a value counts for a plural: a number itself, a list its items. */
function countOf(v: MessageValue): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && v !== null) {
    if ('list' in v) return v.list.length;
    if ('terms' in v) return v.terms.length;
    if ('countries' in v) return v.countries.length;
  }
  return undefined;
}

/** The branch key a value selects: a string itself, a single catalogue term its name. */
const selectKey = (v: MessageValue): string =>
  typeof v === 'string' ? v : typeof v === 'object' && 'terms' in v && v.terms.length === 1 ? v.terms[0]! : 'other';

function renderParts(
  parts: Part[],
  lang: Lang,
  id: string,
  values: Record<string, MessageValue>,
  count?: MessageValue,
): string {
  let out = '';
  for (const p of parts)
    if (typeof p === 'string') out += p;
    // French elides before a value that starts with a vowel: « contrôle d’Edge », not « contrôle de Edge ».
    else if (lang === 'fr') out = elide(out, renderPart(p, lang, id, values, count));
    else out += renderPart(p, lang, id, values, count);
  return out;
}

/** One placeholder of a template, rendered. */
function renderPart(
  p: Exclude<Part, string>,
  lang: Lang,
  id: string,
  values: Record<string, MessageValue>,
  count?: MessageValue,
): string {
  if (p.kind === 'count') return renderValue(count!, lang);
  const v = values[p.name];
  if (v === undefined) throw new Error(`message ${id} needs the value {${p.name}}`);
  if (p.kind === 'value' || p.kind === 'number') {
    if (p.kind === 'number') {
      if (typeof v !== 'number') throw new Error(`message ${id}: {${p.name}, number} needs a number`);
      return renderValue(v, lang);
    }
    // A count written bare would miss its plural: the catalogue must say plural, or number when it is no count.
    if (typeof v === 'number') throw new Error(`message ${id} writes the number {${p.name}} without plural or number`);
    return renderValue(v, lang);
  }
  const { branches } = p as Extract<Part, { branches: unknown }>;
  if (p.kind === 'plural') {
    const n = countOf(v);
    if (n === undefined) throw new Error(`message ${id}: {${p.name}, plural} needs a number or a list`);
    const branch = branches[`=${n}`] ?? branches[pluralCategory(n, lang)] ?? branches.other!;
    return renderParts(branch, lang, id, values, v);
  }
  return renderParts(branches[selectKey(v)] ?? branches.other!, lang, id, values, count);
}

/**
 * The text of a message in a language. Counts agree (`{n, plural, one {# day} other {# days}}`, French 0 and 1
 * singular), genders are chosen (`{type, select, …}`); an unknown id or placeholder is a bug, so it throws.
 */
export function translate(lang: Lang, id: MessageId, values: Record<string, MessageValue> = {}): string {
  return renderParts(templateOf(lang, id), lang, id, values);
}

/** A message by id whose values may be messages by id themselves (what an error's `expected` names). */
function wordNested(lang: Lang, id: string, values: Record<string, unknown>): string {
  const worded: Record<string, MessageValue> = {};
  for (const [k, v] of Object.entries(values))
    worded[k] =
      typeof v === 'object' && v !== null && 'id' in v && typeof v.id === 'string'
        ? wordNested(lang, v.id, ('values' in v ? (v.values as Record<string, unknown> | undefined) : undefined) ?? {})
        : (v as MessageValue);
  return translate(lang, id as MessageId, worded);
}

// The layers below the catalogues raise errors by message id: they are worded here.
setMessageTranslator(wordNested);

/** Shorthand for a Message object. */
export const render = (lang: Lang, m: Message): string => translate(lang, m.id, m.values);

/** A text told in the language of the run: its English, and the function that gives it in each language. */
export interface Spoken {
  message: string;
  localized: (lang: Lang) => string;
}

/** A text written per language, with its English. */
export const spoken = (text: (lang: Lang) => string): Spoken => ({ message: text('en'), localized: text });

/** A catalogue message in English and in every language, for an error told in the language of the run. */
export const said = (id: MessageId, values: Record<string, MessageValue> = {}): Spoken =>
  spoken((lang) => translate(lang, id, values));

/** A catalogue message in the language it is asked in: the form an InputError takes to speak the run's language. */
export const inLang =
  (id: MessageId, values: Record<string, MessageValue> = {}) =>
  (lang: Lang): string =>
    translate(lang, id, values);
