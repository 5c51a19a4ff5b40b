// Every format of one shared report: the same bytes twice, and the same as the reviewed snapshot file.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/api.js';
import { FORMAT_NAMES, type FormatName } from '../../src/report/formats.js';
import { loadFormatter } from '../../src/report/index.js';
import { DATE, READINESS } from './shared-report.js';

const EXTENSION: Record<FormatName, string> = {
  text: 'txt',
  json: 'json',
  junit: 'xml',
  sarif: 'sarif',
  github: 'log',
  markdown: 'md',
  html: 'html',
};

describe('every format', () => {
  it('is offered by --format', () => {
    expect([...FORMAT_NAMES].sort()).toEqual(['github', 'html', 'json', 'junit', 'markdown', 'sarif', 'text']);
  });

  for (const format of FORMAT_NAMES)
    for (const lang of ['en', 'fr'] as const)
      it(`${format} in ${lang}: identical across runs and equal to its snapshot`, async () => {
        const format1 = await loadFormatter(format);
        // Two independent checks, not one report formatted twice: determinism covers the engine too.
        const a = format1(check([READINESS], { lang, date: DATE, timestamp: false }), { color: false });
        const b = format1(check([READINESS], { lang, date: DATE, timestamp: false }), { color: false });
        expect(a).toBe(b);
        await expect(a).toMatchFileSnapshot(`__snapshots__/readiness.${lang}.${EXTENSION[format]}`);
      });
});
