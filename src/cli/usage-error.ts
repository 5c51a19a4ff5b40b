// commander's usage errors in the language of the run: its known messages are matched and worded by the catalogues,
// each line starting with `snc:`, then where to find the usage.

import { neutral } from '../core/neutral.js';
import { wordRef, type MessageRef } from '../core/input-error.js';
import { translate } from '../i18n/format.js';
import type { MessageId } from '../i18n/en.js';
import type { Lang } from '../i18n/types.js';

/** commander's messages (commander 14, lib/command.js and lib/option.js), each with the catalogue message it is. */
const KNOWN: { re: RegExp; id: MessageId; names: string[] }[] = [
  { re: /^unknown option '(.*)'$/s, id: 'cli.unknown-option', names: ['flag'] },
  { re: /^unknown command '(.*)'$/s, id: 'cli.unknown-command', names: ['name'] },
  { re: /^option '(.*)' argument missing$/s, id: 'cli.option-missing', names: ['flags'] },
  { re: /^missing required argument '(.*)'$/s, id: 'cli.missing-argument', names: ['name'] },
  {
    re: /^too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/s,
    id: 'cli.too-many',
    names: ['command', 'expected', 'got'],
  },
  {
    re: /^option '(.*?)' argument '(.*)' is invalid\. (.*)$/s,
    id: 'cli.invalid-option',
    names: ['flags', 'value', 'reason'],
  },
  {
    re: /^command-argument value '(.*)' is invalid for argument '(.*?)'\. (.*)$/s,
    id: 'cli.invalid-argument',
    names: ['value', 'name', 'reason'],
  },
];

const NUMBERS = new Set(['expected', 'got']);

/** Why commander refused a value: the reason snc's parser gave, or the choices commander allows. */
function reasonText(reason: string, lang: Lang, refusal: MessageRef | undefined): string {
  if (refusal) return wordRef(lang, refusal);
  const choices = /^Allowed choices are (.*)\.$/s.exec(reason);
  return choices ? translate(lang, 'cli.allowed-choices', { choices: choices[1]! }) : reason;
}

/** One message of commander in a language; one commander does not have is left as it gives it. */
function worded(message: string, lang: Lang, refusal: MessageRef | undefined): string {
  for (const k of KNOWN) {
    const m = k.re.exec(message);
    if (!m) continue;
    const values: Record<string, string | number> = {};
    k.names.forEach((name, i) => {
      const v = m[i + 1]!;
      values[name] = NUMBERS.has(name) ? Number(v) : name === 'reason' ? reasonText(v, lang, refusal) : v;
    });
    return translate(lang, k.id, values);
  }
  return message;
}

/**
 * The lines a usage error prints: the message (one neutral line: it quotes the argument as given), commander's
 * "(Did you mean …?)" when it adds one, and where the usage is.
 */
export function usageErrorLines(s: string, lang: Lang, refusal?: MessageRef): string {
  const [, message, oneOf, choices] = /^(?:error: )?([\s\S]*?)(?:\n\(Did you mean (one of )?([^\n]*)\?\))?\n?$/.exec(
    s,
  )!;
  const lines = [neutral(worded(message!, lang, refusal))];
  if (choices !== undefined)
    lines.push(neutral(translate(lang, oneOf ? 'cli.did-you-mean-one-of' : 'cli.did-you-mean', { choices })));
  lines.push(translate(lang, 'cli.help-hint'));
  return lines.map((l) => `snc: ${l}\n`).join('');
}
