// The Markdown readiness report: its sections in order, every finding with clause, evidence and remediation, text escaped.
import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/report/markdown.js';
import { OWNERSHIP, READINESS, reportOf, withWaiver } from './shared-report.js';

const mdOf = (lang: 'en' | 'fr' = 'en') => formatMarkdown(reportOf(READINESS, lang), { color: false });
const headings = (md: string, level: string) => md.split('\n').filter((l) => l.startsWith(`${level} `)).map((l) => l.slice(level.length + 1));

describe('markdown report', () => {
  it('has a title, what was judged, the summary, a score per family, the findings, then what is unknown, waived, met or not applicable', () => {
    const md = mdOf();
    expect(md.startsWith('# SecNumCloud 3.2 and Cloud de Confiance readiness report\n')).toBe(true);
    expect(headings(md, '##')).toEqual([
      'What was judged',
      'Executive summary',
      'Score by family',
      'Requirements not met',
      'Who owns and controls the provider (19.6.b)',
      'Facts missing: requirements that could not be judged',
      'Waived',
      'Requirements met',
      'Not applicable',
    ]);
  });

  it('says what was judged: the file, its hash, the date, the profiles and the packs', () => {
    const report = reportOf(READINESS);
    const md = mdOf();
    expect(md).toContain(`| File | \`${READINESS}\` |`);
    expect(md).toContain(`| SHA-256 of the file | \`${report.inputs[0]!.sha256}\` |`);
    expect(md).toContain('| Evaluation date | `2026-11-23` |');
    expect(md).toContain('| Profiles | secnumcloud-3.2 |');
    for (const p of report.packs) expect(md).toContain(`\`${p.pack} ${p.sha256}\``);
  });

  it('gives the verdict with the counts, and a score per family that has results', () => {
    const report = reportOf(READINESS);
    const md = mdOf();
    const s = report.summary;
    expect(md).toContain('**Not compliant** — ');
    expect(md).toContain(`${s.total} results: ${s.pass} passed, ${s.fail} failed, ${s.unknown} unknown`);
    const rows = md.split('\n').filter((l) => /^\| (Jurisdiction|Data location|Staff and administration|Subcontracting|Contract|Encryption and keys|Ownership and control|Certification|Isolation) \|/.test(l));
    expect(rows.length).toBe(new Set(report.results.map((r) => r.family)).size);
    const location = rows.find((r) => r.startsWith('| Data location |'))!;
    const inFamily = report.results.filter((r) => r.family === 'location');
    const met = inFamily.filter((r) => r.status === 'pass').length;
    const applicable = inFamily.filter((r) => r.status !== 'not-applicable').length;
    expect(location).toContain(`| ${Math.floor((100 * met) / applicable)}% | ${met} |`);
  });

  it('shows every fail with its clause, rule, evidence and remediation; unknown ones apart', () => {
    const report = reportOf(READINESS);
    const md = mdOf();
    const [notMet, rest] = md.split('## Facts missing');
    for (const r of report.results.filter((x) => x.status === 'fail')) {
      const rule = report.rules.find((x) => x.id === r.ruleId)!;
      expect(notMet).toContain(`#### ${r.clause.replace(/\./g, '.')} — `);
      expect(notMet).toContain(`\`${r.ruleId}\``);
      expect(notMet).toContain(rule.remediation.slice(0, 30).replace(/'/g, "'"));
    }
    expect(notMet).toContain('- **Evidence**:');
    expect(notMet).toContain('  - `centralAdministration: US`');
    const unknownPart = rest!.split('## Waived')[0]!;
    for (const r of report.results.filter((x) => x.status === 'unknown')) expect(unknownPart).toContain(`\`${r.ruleId}\``);
    expect(notMet).not.toContain('(unknown,');
  });

  it('lists waived verdicts apart from the findings', () => {
    const md = formatMarkdown(withWaiver(reportOf(READINESS)), { color: false });
    const waived = md.split('## Waived')[1]!.split('## Requirements met')[0]!;
    expect(waived).toContain('| Clause | Rule | Finding | Location |');
    expect(waived).toContain('`SNC-19.6-SEATS`');
    expect(md.split('## Requirements not met')[1]!.split('## Facts missing')[0]).not.toContain('`SNC-19.6-SEATS`');
  });

  it('escapes names so that they stay text', () => {
    const md = mdOf();
    expect(md).toContain(`Bleu \\<SAS\\> \\& 'Cie' "FR"\\\\x07`);
    expect(md).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(md).not.toContain('<SAS>');
  });

  it('is written in French with French typography when the report is French', () => {
    const md = mdOf('fr');
    expect(md.startsWith('# Rapport de conformité SecNumCloud 3.2 et Cloud de confiance\n')).toBe(true);
    expect(headings(md, '##')).toContain('Synthèse');
    expect(md).toContain('- **Mesure corrective**\u00a0: ');
    expect(md).toMatch(/\| \d+\u202f% \|/);
  });

  it("shows who owns and controls the provider: holders in both readings, paths, the 19.6.b figures, what is unexplained", () => {
    const md = formatMarkdown(reportOf(OWNERSHIP), { color: false });
    const part = md.split('## Who owns and controls the provider (19.6.b)')[1]!.split('\n## ')[0]!;
    expect(headings(md, '##').indexOf('Who owns and controls the provider (19.6.b)')).toBe(headings(md, '##').indexOf('Requirements not met') + 1);
    expect(part).toContain('| Holder | Type | Jurisdiction | Capital, economic | Capital, control | Votes, economic | Votes, control |');
    expect(part).toContain('| US \\<Inc\\> \\& Co (usinc) | company | outside the EU: United States (US) | 38% | 50% | 38% | 50% |');
    expect(part).toContain('**Paths**\n\n- US \\<Inc\\> \\& Co (usinc)\n  - usinc → cloudco: 20% of the capital');
    expect(part).toContain('  - usinc → holdco → cloudco: 18% of the capital, 18% of the votes (economic reading)');
    expect(part).toContain('| Largest single holder outside the EU | 38% economic, 50% control; up to 60% and 60% respectively');
    expect(part).toContain('- CloudCo SAS: the holdings listed leave 10% of the capital and 10% of the voting rights unexplained');
    expect(part).toContain('a veto over CloudCo SAS — outside the EU through US \\<Inc\\> \\& Co');
  });
});
