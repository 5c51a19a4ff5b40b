// Mutations of a valid description for fuzzing: drop, retype, duplicate and renumber fields, then damage the text.
import fc from 'fast-check';
import { stringify } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every path of a value, the root first. */
export function paths(v: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

const parentOf = (root: Json, path: Path): Json =>
  path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, root);
const at = (root: Json, path: Path): Json =>
  path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, root);

/** Values of every type, with the edge cases a description's fields meet. */
export const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    100,
    100.0001,
    24.000001,
    39,
    1e308,
    -1e-9,
    '',
    'XX',
    'FR',
    'fr',
    '2028-02-30',
    '9999-99-99',
    'x'.repeat(300),
    [],
    {},
    [null],
    { '': null },
  ),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer(),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** Words the format knows: swapping one for another mostly keeps a description valid, and reaches the checks. */
const VOCABULARY: Json[] = [
  'company',
  'person',
  'state',
  'fund',
  'public-float',
  'FR',
  'DE',
  'US',
  'GB',
  'CH',
  'NO',
  'GF',
  'NC',
  'jump-host',
  'none',
  'administration',
  'supervision',
  'support',
  'customer-content',
  'backups',
  'technical-data',
  'logs',
  'telemetry',
  'billing',
  'qualified',
  'certified',
  'in-progress',
  'expired',
  'withdrawn',
  'secnumcloud',
  'hds',
  'veto',
  'board-majority',
  'adequacy-decision',
  'appropriate-safeguards',
  'health',
  'sensitive',
  'standard',
  'iaas',
  'saas',
  true,
  false,
  0,
  24,
  24.5,
  39,
  39.5,
  50,
  100,
];

/** One structural change, at a path chosen by index. */
export const mutation = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), pick: fc.nat(), value: oddValue }),
  fc.record({
    op: fc.constant('duplicate' as const),
    pick: fc.nat(),
    key: fc.constantFrom('x-copy', 'copy', 'id', 'holder', 'p', ''),
  }),
  fc.record({ op: fc.constant('renumber' as const), pick: fc.nat(), by: fc.constantFrom(1, -1, 0.5, 100, -100, 1e6) }),
  fc.record({ op: fc.constant('reference' as const), pick: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('vocabulary' as const), pick: fc.nat(), word: fc.constantFrom(...VOCABULARY) }),
);
export type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Apply structural mutations to a deep copy of a value. */
export function mutate(value: Json, mutations: Mutation[]): Json {
  let root = structuredClone(value);
  for (const m of mutations) {
    const all = paths(root);
    const path = all[m.pick % all.length]!;
    if (path.length === 0) {
      if (m.op === 'retype') root = m.value;
      continue;
    }
    const parent = parentOf(root, path) as Record<string | number, Json> | Json[];
    const key = path[path.length - 1]!;
    const current = at(root, path);
    if (m.op === 'drop') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (m.op === 'retype') {
      (parent as Record<string | number, Json>)[key] = m.value;
    } else if (m.op === 'duplicate') {
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
      else (parent as Record<string, Json>)[`${String(key)}${m.key}`] = structuredClone(current);
    } else if (m.op === 'renumber') {
      (parent as Record<string | number, Json>)[key] =
        typeof current === 'number' ? current + m.by : typeof current === 'string' ? `${current}${m.by}` : m.by;
    } else if (m.op === 'vocabulary') {
      (parent as Record<string | number, Json>)[key] = m.word;
    } else {
      // point a field at some other string of the document: a dangling, duplicate or self reference
      const strings = all.map((p) => at(root, p)).filter((x): x is string => typeof x === 'string');
      if (strings.length > 0) (parent as Record<string | number, Json>)[key] = strings[m.other % strings.length]!;
    }
  }
  return root;
}

/** Damage to the text itself, after writing it: a line lost, a line repeated, a character inserted. */
export const textDamage = fc.oneof(
  fc.constant({ op: 'none' as const }),
  fc.constant({ op: 'none' as const }),
  fc.record({ op: fc.constant('delete-line' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('repeat-line' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    pick: fc.nat(),
    char: fc.constantFrom(
      ':',
      '-',
      ' ',
      '\t',
      '{',
      '[',
      '&',
      '*',
      '!',
      '"',
      "'",
      '#',
      '\n',
      '|',
      '%',
      '@',
      '\u0085',
      '\uFEFF',
    ),
  }),
);
export type TextDamage = typeof textDamage extends fc.Arbitrary<infer D> ? D : never;

/** Write a value as YAML (block or flow style), then damage the text. */
export function render(value: Json, flow: boolean, damage: TextDamage): string {
  const text = stringify(value, { collectionStyle: flow ? 'flow' : 'any', lineWidth: 0 });
  if (damage.op === 'none') return text;
  const lines = text.split('\n');
  if (damage.op === 'delete-line') lines.splice(damage.pick % lines.length, 1);
  else if (damage.op === 'repeat-line') lines.splice(damage.pick % lines.length, 0, lines[damage.pick % lines.length]!);
  else {
    const i = damage.pick % (text.length + 1);
    return text.slice(0, i) + damage.char + text.slice(i);
  }
  return lines.join('\n');
}
