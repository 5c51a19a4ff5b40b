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
  it('annotates every fail and unknown verdict, and nothing else, then prints the verdict', () => {
    const report = reportOf(READINESS);
    const lines = formatGithub(report, { color: false }).trimEnd().split('\n');
    const expected = report.results.filter((r) => r.status === 'fail' || r.status === 'unknown');
    expect(lines).toHaveLength(expected.length + 1);
    for (const [i, r] of expected.entries()) {
      const m = COMMAND.exec(lines[i]!);
      expect(m, lines[i]).not.toBeNull();
      const [, level, file, line, col, title, message] = m!;
      expect(level).toBe({ error: 'error', warning: 'warning', info: 'notice' }[r.severity]);
      expect(file).toBe(r.location.file);
      expect(Number(line)).toBe(r.location.line);
      expect(Number(col)).toBe(r.location.column);
      expect(title).toBe(escapeProperty(`${r.ruleId} (${r.clause})`));
      expect(message!.startsWith(r.status === 'unknown' ? 'Cannot judge, facts missing: ' : escapeData(r.message.slice(0, 10)))).toBe(true);
    }
    expect(lines.at(-1)).toMatch(/^snc: Not compliant — \d+ results/);
  });

  it('maps severity to error, warning and notice', () => {
    for (const [severity, level] of [['error', 'error'], ['warning', 'warning'], ['info', 'notice']] as const) {
      expect(formatGithub(variant({ severity }), { color: false })).toMatch(new RegExp(`^::${level} `));
      expect(formatGithub(variant({ severity }, 'unknown'), { color: false })).toMatch(new RegExp(`^::${level} .*::Cannot judge`));
    }
  });

  it("escapes %, CR and LF in messages, and also ',' and ':' in properties; a line break inside a value is shown as \\n", () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a,b:c%d\n')).toBe('a%2Cb%3Ac%25d\\n');
    const out = formatGithub(variant({ message: 'one: 100%, two\nthree', details: ['detail'], location: { file: 'dir,x/a:b.yaml', line: 3, column: 7 } }), {
      color: false,
    });
    const first = out.split('\n')[0]!;
    expect(first).toBe(`::error file=dir%2Cx/a%3Ab.yaml,line=3,col=7,title=${first.split('title=')[1]!.split('::')[0]}::one: 100%25, two\\nthree.%0Adetail.%0ADeclared, not documented.`);
  });

  it('never lets a control character through to the log', () => {
    const out = formatGithub(reportOf(READINESS), { color: false });
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    expect(out).toContain(`Bleu <SAS> & 'Cie' "FR"\\x07`);
  });

  it('writes in French when the report is French', () => {
    const out = formatGithub(reportOf(READINESS, 'fr'), { color: false });
    expect(out).toContain('::Évaluation impossible, faits manquants\u00a0: ');
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/^snc: Non conforme — /);
  });
});
