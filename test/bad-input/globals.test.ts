// Hostile keys never reach a global object: check() on `__proto__`, `constructor` and `prototype` inputs refuses them
// with a position, and leaves the built-in prototypes and globalThis exactly as they were.
import { afterAll, describe, expect, it } from 'vitest';
import { check, InputError } from '../../src/api.js';
import { main } from '../../src/cli/main.js';
import { VALID, scratch } from './run-cases.js';

const s = scratch('snc-globals-');
afterAll(() => s.remove());

/** Everything a prototype-pollution attack could change, as comparable snapshots. */
function globalsSnapshot() {
  const describe = (o: object) =>
    Object.getOwnPropertyNames(o)
      .sort()
      .map((k) => `${k}:${typeof Object.getOwnPropertyDescriptor(o, k)?.value}`);
  return {
    object: describe(Object.prototype),
    array: describe(Array.prototype),
    func: describe(Function.prototype),
    string: describe(String.prototype),
    globals: Object.getOwnPropertyNames(globalThis).sort(),
    objectProto: Object.getPrototypeOf({}) === Object.prototype,
  };
}

const hostile: [string, string, RegExp][] = [
  [
    '__proto__ in an entity',
    VALID.replace('  owner: {', '  __proto__: { polluted: true, toString: 1 }\n  owner: {'),
    /:16:3$/,
  ],
  ['__proto__ at the top', `__proto__:\n  polluted: true\n${VALID}`, /:1:1$/],
  [
    '__proto__ in a flow mapping',
    VALID.replace('{ holder: owner,', '{ "__proto__": { isAdmin: true }, holder: owner,'),
    /:15:11$/,
  ],
  [
    'constructor with prototype',
    VALID.replace('offer:\n', 'offer:\n  constructor: { prototype: { polluted: true } }\n'),
    /:5:3$/,
  ],
  ['prototype key', VALID.replace('sites:\n', 'x-note: { prototype: 1 }\nsites:\n'), /:17:11$/],
  [
    '__proto__ through an alias',
    VALID.replace('offer:\n', 'x-a: &p { __proto__: { polluted: true } }\nx-b: *p\noffer:\n'),
    /:4:11$/,
  ],
];

describe('no change to any global object', () => {
  for (const [name, text, where] of hostile) {
    it(name, async () => {
      const before = globalsSnapshot();
      const file = s.file(`${name.replace(/\W+/g, '-')}.yaml`, text);
      let error: unknown;
      try {
        check([file], { timestamp: false });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(InputError);
      const e = error as InputError;
      expect(e.message).toMatch(
        /^the key `(__proto__|constructor|prototype)` is not allowed \(a reserved JavaScript name\)$/,
      );
      expect(`${e.file}:${e.line}:${e.column}`).toMatch(where);

      const stderr: string[] = [];
      const code = await main(['check', file], {
        stdout: { write: () => true },
        stderr: { write: (t: string) => stderr.push(t) },
        env: {},
      });
      expect(code).toBe(2);
      expect(stderr.join('')).toMatch(/is not allowed \(a reserved JavaScript name\)\n$/);

      expect(globalsSnapshot()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });
  }
});
