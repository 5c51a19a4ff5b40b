// Render a message id and its values in a language: country names, lists and numbers the way each language writes them.

import { regions } from '../model/regions.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { formatNumber, formatPercent, joinList } from './plain-format.js';
import type { Lang, Message, MessageValue } from './types.js';

const catalogues: Record<Lang, Record<string, string>> = { en, fr };

const countryName = (code: string, lang: Lang) => `${regions().countryName(code, lang)} (${code})`;

/** A value as text in a language. */
export function renderValue(value: MessageValue, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, lang);
  if ('country' in value) return countryName(value.country, lang);
  if ('countries' in value) return joinList(value.countries.map((c) => countryName(c, lang)), lang);
  if ('list' in value) return joinList(value.list, lang);
  if ('terms' in value) return joinList(value.terms.map((t) => translate(lang, `term.${t}`)), lang);
  if ('path' in value)
    return value.path
      .map((s, i) => (i === 0 ? s.entity : s.control ? `⇒ ${s.entity}` : `→ ${renderValue({ percent: s.percent ?? 0 }, lang)} ${s.entity}`))
      .join(' ');
  return formatPercent(value.percent, lang, value.bound);
}

/** The text of a message in a language; an unknown id or placeholder is a bug, so it throws. */
export function translate(lang: Lang, id: string, values: Record<string, MessageValue> = {}): string {
  const template = catalogues[lang][id];
  if (template === undefined) throw new Error(`no ${lang} text for message id ${id}`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`message ${id} needs the value {${name}}`);
    return renderValue(v, lang);
  });
}

/** Shorthand for a Message object. */
export const render = (lang: Lang, m: Message): string => translate(lang, m.id, m.values);
