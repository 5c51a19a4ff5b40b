// The text report: grouped by family, fits the terminal's width, never cuts a location short, colour only when asked.
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/report/text.js';
import { READINESS, reportOf } from './shared-report.js';

const ANSI = /\u001b\[[0-9;]*m/g;

describe('text report', () => {
  for (const width of [80, 100, 120])
    it(`fits its tables in ${width} columns and shows every location whole`, () => {
      const report = reportOf(READINESS);
      const out = formatText(report, { color: false, width });
      const tableLines = out.split('\n').filter((l) => /^[┌│├└]/.test(l));
      expect(tableLines.length).toBeGreaterThan(report.results.length);
      for (const line of tableLines) expect([...line].length, line).toBeLessThanOrEqual(width);
      expect(out).not.toContain('…');
      const cells = out.replace(/[│┃|]\s*/g, '').replace(/\s+/g, '');
      for (const r of report.results)
        expect(cells).toContain(`${r.location.file}:${r.location.line}:${r.location.column}`.replace(/\s+/g, ''));
    });

  it('groups results by family and ends with the summary line', () => {
    const report = reportOf(READINESS);
    const out = formatText(report, { color: false });
    const order = [
      'Jurisdiction',
      'Data location',
      'Staff and administration',
      'Subcontracting',
      'Contract',
      'Encryption and keys',
    ].map((f) => out.indexOf(`\n${f}\n`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const s = report.summary;
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      `Not compliant with secnumcloud-3.2 at --fail-on error: ${s.notMet.error} errors not met, ${s.notMet.warning} warning${s.notMet.warning === 1 ? '' : 's'} not met — ${s.total} results: ${s.pass} passed, ${s.fail} failed, ${s.unknown} unknown, ${s.notApplicable} not applicable, ${s.waived} waived`,
    );
  });

  it('colours only when asked, and never passes a control character from the input to the terminal', () => {
    const plain = formatText(reportOf(READINESS), { color: false });
    expect(plain).not.toMatch(ANSI);
    expect(plain).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    const coloured = formatText(reportOf(READINESS), { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
  });

  it('is written in French when the report is French', () => {
    const out = formatText(reportOf(READINESS, 'fr'), { color: false });
    expect(out).toContain('Juridiction');
    expect(out).toContain('non conforme');
    expect(out.trimEnd().split('\n').at(-1)).toMatch(
      /^Non conforme à secnumcloud-3.2 avec --fail-on error\u00a0: .* — \d+ résultats/,
    );
  });
});
