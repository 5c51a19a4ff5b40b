// GitHub Actions annotations: one workflow command per fail or unknown verdict, escaped as GitHub's toolkit does.
import { describe, expect, it } from 'vitest';
import type { Report, Result } from '../../src/api.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { READINESS, reportOf } from './shared-report.js';

const COMMAND = /^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),title=([^:]*)::(.*)$/;

/** The readiness report with its first result given other values, for cases no rule pack produces yet. */
function variant(change: Partial<Result>, status: Result['status'] = 'fail'): Report {
  const report = reportOf(READINESS);
  const base = report.results.find((r) => r.status === status)!;
  return { ...report, results: [{ ...base, ...change }] };
}

describe('github annotations', () => {
  it('annotates every fail and unknown verdict, gating ones first, and nothing else, then prints the verdict', () => {
    const report = reportOf(READINESS);
    const lines = formatGithub(report, { color: false }).trimEnd().split('\n');
    const found = report.results.filter((r) => r.status === 'fail' || r.status === 'unknown');
    const expected = [...found.filter((r) => r.gating), ...found.filter((r) => !r.gating)];
    // GitHub shows ten annotations of each level at most: the fixture stays within that, so none is left out.
    for (const level of [true, false])
      expect(expected.filter((r) => r.gating === level).length).toBeLessThanOrEqual(10);
    expect(lines).toHaveLength(expected.length + 1);
    for (const [i, r] of expected.entries()) {
      const m = COMMAND.exec(lines[i]!);
      expect(m, lines[i]).not.toBeNull();
      const [, level, file, line, col, title, message] = m!;
      expect(level).toBe(r.gating ? 'error' : r.severity === 'info' ? 'notice' : 'warning');
      expect(file).toBe(r.location.file);
      expect(Number(line)).toBe(r.location.line);
      expect(Number(col)).toBe(r.location.column);
      expect(title).toBe(escapeProperty(`${r.ruleId} (${r.clause})`));
      expect(
        message!.startsWith(
          r.status === 'unknown' ? 'Cannot judge, facts missing: ' : escapeData(r.message.slice(0, 10)),
        ),
      ).toBe(true);
    }
    expect(lines.at(-1)).toMatch(
      /^snc: Not compliant with secnumcloud-3.2 at --fail-on error: \d+ errors not met, \d+ warnings not met — \d+ results/,
    );
  });

  it('is ::error only for a result that gates; one that does not is a warning, or a notice for an info rule', () => {
    for (const status of ['fail', 'unknown'] as const) {
      expect(formatGithub(variant({ severity: 'error', gating: true }, status), { color: false })).toMatch(/^::error /);
      expect(formatGithub(variant({ severity: 'error', gating: false }, status), { color: false })).toMatch(
        /^::warning /,
      );
      expect(formatGithub(variant({ severity: 'warning', gating: false }, status), { color: false })).toMatch(
        /^::warning /,
      );
      expect(formatGithub(variant({ severity: 'warning', gating: true }, status), { color: false })).toMatch(
        /^::error /,
      );
      expect(formatGithub(variant({ severity: 'info', gating: false }, status), { color: false })).toMatch(
        /^::notice /,
      );
    }
  });

  it('shows at most 10 of each level, gating first, and one notice after the last error saying how many more and where', () => {
    const report = reportOf(READINESS);
    const base = report.results.find((r) => r.status === 'fail')!;
    const many = (n: number, change: Partial<Result>) =>
      Array.from({ length: n }, (_, i) => ({ ...base, subject: `/x/${i}`, ...change }));
    const results = [
      ...many(12, { severity: 'info', gating: false }),
      ...many(14, { severity: 'warning', gating: false }),
      ...many(13, { severity: 'error', gating: true }),
    ];
    const lines = formatGithub(
      { ...report, results, warnings: [] },
      { color: false, reports: [{ format: 'sarif', file: 'out/snc.sarif' }] },
    )
      .trimEnd()
      .split('\n');
    const levels = lines.map((l) => /^::(\w+)/.exec(l)?.[1]);
    expect(levels.slice(0, 10)).toEqual(Array(10).fill('error'));
    expect(lines[10]).toBe(
      '::notice title=snc::10 more annotations are left out (GitHub shows 10 of each level per step): every finding is in the sarif report this run writes',
    );
    expect(levels.filter((l) => l === 'warning')).toHaveLength(10);
    expect(levels.filter((l) => l === 'notice')).toHaveLength(10);
    expect(levels.slice(11, 21)).toEqual(Array(10).fill('warning'));
    expect(levels.slice(21, 30)).toEqual(Array(9).fill('notice'));
  });

  it("escapes %, CR and LF in messages, and also ',' and ':' in properties; a line break inside a value is shown as \\n", () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a,b:c%d\n')).toBe('a%2Cb%3Ac%25d\\n');
    const out = formatGithub(
      variant({
        message: 'one: 100%, two\nthree',
        details: ['detail'],
        location: { file: 'dir,x/a:b.yaml', line: 3, column: 7 },
      }),
      {
        color: false,
      },
    );
    const first = out.split('\n')[0]!;
    expect(first).toBe(
      `::error file=dir%2Cx/a%3Ab.yaml,line=3,col=7,title=${first.split('title=')[1]!.split('::')[0]}::one: 100%25, two\\nthree.%0Adetail.%0ADeclared, not documented.`,
    );
  });

  it('never lets a control character through to the log', () => {
    const out = formatGithub(reportOf(READINESS), { color: false });
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    expect(out).toContain(`Bleu <SAS> & 'Cie' "FR"\\x07`);
  });

  it('writes in French when the report is French', () => {
    const out = formatGithub(reportOf(READINESS, 'fr'), { color: false });
    expect(out).toContain('::Évaluation impossible, faits manquants\u00a0: ');
    expect(out.trimEnd().split('\n').at(-1)).toMatch(
      /^snc: Non conforme à secnumcloud-3.2 avec --fail-on error\u00a0: /,
    );
  });
});
