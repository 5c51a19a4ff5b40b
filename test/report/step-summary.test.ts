// The GitHub job summary: a verdict per file, counts per family, the first findings gating first, user text
// neutral; and a byte cap far below GitHub's 1 MiB, cut at a line end with a sentence saying so.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report-types.js';
import { translator } from '../../src/report/translator.js';
import { formatStepSummary, SUMMARY_FINDINGS, SUMMARY_MAX_BYTES } from '../../src/report/step-summary.js';
import { READINESS, REPORT_FIXTURES, reportOf } from './shared-report.js';

const MIB = 1024 * 1024;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** A run of `files` inputs with long names, each with findings whose messages are `messageChars` long (multi-byte). */
function hugeReport(files: number, messageChars: number): Report {
  const base = reportOf(READINESS);
  const inputs = Array.from({ length: files }, (_, i) => ({
    ...base.inputs[0]!,
    file: `offres/${'é'.repeat(120)}-${i}.yaml`,
  }));
  const results = inputs.flatMap((input) =>
    base.results.map((r) => ({
      ...r,
      location: { ...r.location, file: input.file },
      message: `${'Bleu <SAS> | `x` '.repeat(messageChars / 17)}`,
    })),
  );
  return { ...base, inputs, results };
}

/** Markdown that renders as meant: code spans closed, table rows as wide as their header, no broken character. */
function expectWellFormed(md: string) {
  expect(md.endsWith('\n')).toBe(true);
  expect(md).not.toContain('\uFFFD');
  const lines = md.split('\n');
  for (const line of lines) expect((line.replace(/\\./g, '').match(/`/g) ?? []).length % 2, line.slice(0, 80)).toBe(0);
  const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
  const header = lines.findIndex((l) => l.startsWith('| '));
  if (header >= 0)
    for (let i = header; i < lines.length && lines[i]!.startsWith('|'); i++)
      expect(cells(lines[i]!)).toBe(cells(lines[header]!));
}

describe('step summary', () => {
  for (const file of REPORT_FIXTURES)
    for (const lang of ['en', 'fr'] as const)
      it(`is well-formed Markdown within the cap for ${file} in ${lang}`, () => {
        const md = formatStepSummary(reportOf(file, lang));
        expectWellFormed(md);
        expect(bytes(md)).toBeLessThan(SUMMARY_MAX_BYTES);
        expect(md).not.toContain(translator(lang)('report.summary-cut'));
      });

  it('lists the gating findings first, at most SUMMARY_FINDINGS, and escapes the description’s text', () => {
    const report = hugeReport(5, 34);
    const md = formatStepSummary(report);
    const listed = md.split('\n').filter((l) => /^- \*\*(error|warning|notice)\*\* /.test(l));
    expect(listed).toHaveLength(SUMMARY_FINDINGS);
    const levels = listed.map((l) => l.match(/^- \*\*(\w+)\*\*/)![1]);
    expect(levels[0]).toBe('error');
    const firstOther = levels.findIndex((l) => l !== 'error');
    if (firstOther >= 0) expect(levels.slice(firstOther)).not.toContain('error');
    expect(md).toContain('Bleu \\<SAS\\> \\| \\`x\\`');
    expect(md).not.toContain('<SAS>');
    expect(md).toMatch(/^- \d+ more findings are in the SARIF or JSON report$/m);
  });

  for (const [name, files, chars] of [
    ['thousands of files', 5_000, 40],
    ['findings with very long texts', 2, 200_000],
  ] as const)
    for (const lang of ['en', 'fr'] as const)
      it(`stays well under 1 MiB for ${name} in ${lang}, cut at a line end, and says so`, () => {
        const report = hugeReport(files, chars);
        const md = formatStepSummary({ ...report, lang });
        const cut = translator(lang)('report.summary-cut');
        expect(bytes(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
        expect(bytes(md)).toBeGreaterThan(SUMMARY_MAX_BYTES - 64 * 1024);
        expect(bytes(md)).toBeLessThan(MIB / 2);
        expect(md.endsWith(`\n\n${cut.replace(/[\\`*_[\]<>|~&#!]/g, (c) => `\\${c}`)}\n`)).toBe(true);
        expectWellFormed(md);
        // What is kept is whole lines of the summary as it would be uncut.
        const kept = md.slice(0, md.lastIndexOf('\n\n') + 1);
        expect(kept.endsWith('\n')).toBe(true);
        expect(md.startsWith(`## snc — `)).toBe(true);
        expect(
          kept
            .split('\n')
            .filter(Boolean)
            .every((l) => l.startsWith('## ') || l.startsWith('- ') || l.startsWith('| ') || l.startsWith('### ')),
        ).toBe(true);
      });
});
