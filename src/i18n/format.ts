// Render a message id and its values in a language: country names, lists and numbers the way each language writes them.

import { regions } from '../model/regions.js';
import { en, type MessageId } from './en.js';
import { fr } from './fr.js';
import type { Lang, Message, MessageValue } from './types.js';

const catalogues: Record<Lang, Record<string, string>> = { en, fr };

/** Is this a message id of the catalogues? */
export const isMessageId = (id: string): id is MessageId => Object.prototype.hasOwnProperty.call(en, id);

const numberFormats = new Map<Lang, Intl.NumberFormat>();
function formatNumber(n: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 4 })));
  return f.format(n);
}

const joinList = (items: string[], lang: Lang) =>
  new Intl.ListFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' }).format(items);

const countryName = (code: string, lang: Lang) => `${regions().countryName(code, lang)} (${code})`;

/** A value as text in a language. */
export function renderValue(value: MessageValue, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, lang);
  if ('country' in value) return countryName(value.country, lang);
  if ('countries' in value) return joinList(value.countries.map((c) => countryName(c, lang)), lang);
  if ('list' in value) return joinList(value.list, lang);
  if ('terms' in value) return joinList(value.terms.map((t) => translate(lang, `term.${t}`)), lang);
  return `${formatNumber(value.percent, lang)}${lang === 'fr' ? '\u202f%' : '%'}`;
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
