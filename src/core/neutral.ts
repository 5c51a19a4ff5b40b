// The one neutralising function: user text (names, ids, keys, values, paths) made harmless for people to read.

/**
 * Characters a terminal, a CI runner or a viewer would act on or hide: controls (C0, DEL, C1: line breaks, ESC and
 * so every escape sequence, OSC 52 included), line and paragraph separators, bidirectional controls (embeddings,
 * overrides, isolates, marks), invisible characters (zero-width space, word joiner, BOM, tag characters), lone
 * surrogates and noncharacters.
 */
const UNSAFE_CLASS = String.raw`\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}\p{Cs}\p{Noncharacter_Code_Point}\u200B\u2060-\u2064\uFEFF\u{E0000}-\u{E007F}`;
const UNSAFE = new RegExp(`[${UNSAFE_CLASS}]`, 'gu');
/**
 * GitHub's runner reads `::command::` at the start of a line (after leading white space) and legacy `##[command]`
 * anywhere in it; a value might begin a line, so a leading `::` is broken as well as every `##[`.
 */
const COMMAND = /^(\s*):(?=:)|(?<=#)#(?=\[)/g;
/** Text with none of the above, and no `#` or `:` at all, needs nothing. */
const FAST = new RegExp(`^[^${UNSAFE_CLASS}#:]*$`, 'u');

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');

/** The visible escape of one character: `\n`, `\r`, `\t`, `\x1B` up to U+00FF, else `\u{202E}`. */
export function visibleEscape(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const cp = c.codePointAt(0)!;
  return cp <= 0xff ? `\\x${hex(cp, 2)}` : `\\u{${hex(cp, 4)}}`;
}

/**
 * Text from a description, a rule pack, a waiver file or a file name, made safe to print for people: one line,
 * nothing a terminal, a CI runner or a bidi-aware viewer would act on, every such character shown as a visible
 * escape rather than dropped. Every writer of people text (the text report, every report format, every message on
 * standard error) passes user strings through this; JSON keeps exact values and uses {@link neutralJson} instead.
 * It is idempotent, and text that needs nothing comes back as it is.
 */
export function neutral(s: string): string {
  if (FAST.test(s)) return s;
  return s
    .replace(UNSAFE, visibleEscape)
    .replace(COMMAND, (_, lead: string | undefined) => (lead !== undefined ? `${lead}\\x3A` : '\\x23'));
}

/** JSON-escapes of characters JSON.stringify leaves raw but a terminal or runner would act on (C1, bidi, `#` of `##[`). */
const JSON_UNSAFE =
  /[\u007F-\u009F\u2028\u2029\p{Bidi_Control}\p{Noncharacter_Code_Point}\u200B\u2060-\u2064\uFEFF\u{E0000}-\u{E007F}]|(?<=#)#(?=\[)/gu;

const jsonEscape = (c: string) =>
  Array.from({ length: c.length }, (_, i) => `\\u${hex(c.charCodeAt(i), 4).toLowerCase()}`).join('');

/**
 * A value as JSON with its exact strings, but with every character a terminal or a CI runner would act on written
 * as a JSON escape (`\u009b`, `\u202e`, `#` of `##[` as `\u0023`), so that printing the JSON is as safe as printing
 * neutral text. Parsing it gives back exactly `value`.
 */
export function neutralJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(JSON_UNSAFE, jsonEscape);
}
