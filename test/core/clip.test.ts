// Echoed user text is cut to 200 characters and "…", between code points, whatever its length.
import { describe, expect, it } from 'vitest';
import { clip, clipDeep, ECHO_LIMIT } from '../../src/core/clip.js';

describe('clip', () => {
  it('leaves text of up to 200 characters as it is', () => {
    expect(clip('Acme SAS')).toBe('Acme SAS');
    expect(clip('x'.repeat(ECHO_LIMIT))).toBe('x'.repeat(ECHO_LIMIT));
  });

  it('cuts longer text to 200 characters and an ellipsis, in time independent of its length', () => {
    const huge = 'y'.repeat(50_000_000);
    huge.charCodeAt(huge.length - 1); // flatten the string before timing
    const started = Date.now();
    expect(clip(huge)).toBe(`${'y'.repeat(200)}…`);
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('counts characters, never splitting a surrogate pair', () => {
    const emoji = '\u{1F600}'.repeat(300);
    expect(clip(emoji)).toBe(`${'\u{1F600}'.repeat(200)}…`);
    expect([...clip('a' + emoji)].length).toBe(201);
  });

  it('cuts every string inside message values', () => {
    const long = 'n'.repeat(1000);
    expect(
      clipDeep({
        entity: long,
        count: 3,
        holders: { list: [long, 'b'] },
        path: { path: [{ entity: long, percent: 5 }] },
      }),
    ).toEqual({
      entity: `${'n'.repeat(200)}…`,
      count: 3,
      holders: { list: [`${'n'.repeat(200)}…`, 'b'] },
      path: { path: [{ entity: `${'n'.repeat(200)}…`, percent: 5 }] },
    });
  });
});
