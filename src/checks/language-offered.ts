// 19.3.a, 19.3.b: the customer is served in a language (French): its interfaces, its first-level support.

import type { CheckFunction } from './contract.js';

/** The language lists this check may judge, under `languages`. */
const FIELDS = ['interfaces', 'firstLevelSupport'] as const;

/** `with` of language-offered: the list judged and the language it must hold. */
export interface LanguageOfferedParams {
  field: (typeof FIELDS)[number];
  language?: string;
}

/** Judges `languages.<field>`: holding the language passes, without it fails, absent is unknown. */
export const languageOffered: CheckFunction<LanguageOfferedParams> = {
  name: 'language-offered',
  description: 'a list of languages of the description (interfaces, first-level support) includes the language',
  parameters: {
    type: 'object',
    properties: {
      field: { enum: [...FIELDS], description: 'the list judged, under languages' },
      language: {
        type: 'string',
        pattern: '^[a-z]{2}$',
        default: 'fr',
        description: 'the language required (ISO 639-1)',
      },
    },
    required: ['field'],
    additionalProperties: false,
  },
  messages: ['language-offered.pass', 'language-offered.fail', 'language-offered.unknown'],
  run(params, { description }) {
    const language = params.language ?? 'fr';
    const given = description.languages?.[params.field];
    const subject = `/languages/${params.field}`;
    const field = { terms: [`field.languages.${params.field}`] };
    const evidence = { [params.field]: given ?? null, required: language };
    if (given === undefined)
      return [{ status: 'unknown', subject, message: { id: 'language-offered.unknown', values: { field } }, evidence }];
    const status = given.includes(language) ? 'pass' : 'fail';
    const values = { field, language, given: { list: given } };
    return [{ status, subject, message: { id: `language-offered.${status}`, values }, evidence }];
  },
};
