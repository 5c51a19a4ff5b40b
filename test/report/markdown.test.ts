// The Markdown readiness report: page one first, each requirement not met written once with its subjects under it,
// the facts to provide as a checklist, waivers, holders, what is met, provenance last; short enough for a PR comment.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/api.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { DATE, OWNERSHIP, READINESS, reportOf, withWaiver } from './shared-report.js';

const NON_COMPLIANT = 'fixtures/non-compliant.yaml';
const mdOf = (file: string = READINESS, lang: 'en' | 'fr' = 'en') =>
  formatMarkdown(reportOf(file, lang), { color: false });
const headings = (md: string, level: string) =>
  md
    .split('\n')
    .filter((l) => l.startsWith(`${level} `))
    .map((l) => l.slice(level.length + 1));
const section = (md: string, title: string) => md.split(`\n## ${title}\n`)[1]!.split('\n## ')[0]!;

describe('markdown report', () => {
  it('opens with the offer, the provider, the verdict, the profiles, the date, the scores and the contents', () => {
    const md = mdOf(NON_COMPLIANT);
    expect(md.startsWith('# SecNumCloud readiness of Hyperscale Sovereign Region Paris\n')).toBe(true);
    const cover = md.split('\n## ')[0]!;
    expect(cover).toContain('**Provider**: Hyperscale Cloud France SAS');
    expect(cover).toContain('**Profiles**: SecNumCloud 3.2, Cloud de Confiance, HDS (health data)');
    expect(cover).toContain(`**Evaluation date**: ${DATE}`);
    expect(cover).toContain('> **Not compliant** — ');
    expect(cover).toContain('| Data location | 33.33% (3 of 9) |');
    expect(headings(md, '##')).toEqual([
      'Requirements not met',
      'Facts to provide',
      'Waivers and attestations',
      'Who holds the provider (19.6.b)',
      'Requirements met',
      'Appendix: what was judged, and with what',
    ]);
    const links = [...cover.matchAll(/^- \[(.+)\]\(#([^)]+)\)$/gm)].map((m) => [m[1], m[2]]);
    expect(links.map(([text]) => text)).toEqual(headings(md, '##'));
    expect(links.find(([text]) => text === 'Who holds the provider (19.6.b)')![1]).toBe('who-holds-the-provider-196b');
  });

  it('writes each rule once, with why it matters and what to do, and every subject it fails under it', () => {
    const report = reportOf(NON_COMPLIANT);
    const notMet = section(mdOf(NON_COMPLIANT), 'Requirements not met');
    for (const rule of report.rules.filter((r) =>
      report.results.some((x) => x.ruleId === r.id && x.status === 'fail'),
    )) {
      expect(notMet.split(`### `).filter((h) => h.includes(`(\`${rule.id}\`)`))).toHaveLength(1);
      expect(notMet.split(rule.remediation.slice(0, 40)).length - 1, rule.id).toBe(1);
    }
    for (const r of report.results.filter((x) => x.status === 'fail'))
      expect(notMet).toContain(`(\`${r.location.file}:${r.location.line}:${r.location.column}\`)`);
    expect(notMet).toContain(
      '**Why it matters**: 19.2.c requires administration and supervision of the service to be done from within the EU.',
    );
  });

  it('shows no evidence dump, no entity id, and code as code', () => {
    const md = mdOf(NON_COMPLIANT);
    expect(md).not.toMatch(/"\w+":|inside: \[|Evidence/);
    for (const id of ['hyperscale-corp', 'offshore-ops', 'london-1'])
      expect(md.replace(/`[^`]*`/g, '')).not.toContain(` ${id} `);
    expect(md).toContain('`specialRights: []`');
    expect(md).not.toContain('\\`');
  });

  it('gives the facts to provide as a checklist, apart from what is not met', () => {
    const md = mdOf(NON_COMPLIANT);
    const facts = section(md, 'Facts to provide');
    expect(facts).toContain(
      '- [ ] Hyperscale Cloud France SAS: whether a holder outside the EU has a veto over it cannot be established',
    );
    expect(section(md, 'Requirements not met')).not.toContain('SNC-19.6-VETO');
  });

  it('lists waived verdicts in the waivers section, and what is met as a table', () => {
    const md = formatMarkdown(withWaiver(reportOf(READINESS)), { color: false });
    expect(section(md, 'Waivers and attestations')).toContain('(`SNC-19.6-SEATS`)');
    expect(section(md, 'Requirements not met')).not.toContain('SNC-19.6-SEATS');
    expect(section(mdOf(NON_COMPLIANT), 'Requirements met')).toContain('| 19.6.a | The provider');
  });

  it('escapes names so that they stay text', () => {
    const md = mdOf();
    expect(md).toContain(`Bleu \\<SAS\\> \\& 'Cie' "FR"\\\\x07`);
    expect(md).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(md).not.toContain('<SAS>');
  });

  it('is written in French with French typography and agreement when the report is French', () => {
    const md = mdOf(NON_COMPLIANT, 'fr');
    expect(md.startsWith('# Conformité SecNumCloud de Hyperscale Sovereign Region Paris\n')).toBe(true);
    expect(headings(md, '##')).toContain('Faits à fournir');
    expect(md).toContain('**Que faire**\u00a0: ');
    expect(md).toContain('| Localisation des données | 33,33\u202f% (3 sur 9) |');
    expect(md).toMatch(/\d+ (attend des faits pour être évaluée|attendent des faits pour être évaluées)/);
    expect(md).toContain('0 dérogation');
    expect(md.replace(/`[^`]*`/g, '')).not.toMatch(/ [:;!?]|\w[;!?](\s|$)/);
  });

  it('shows who holds the provider: the holders outside the EU or not placed, control and what is unexplained', () => {
    const part = section(formatMarkdown(reportOf(OWNERSHIP), { color: false }), 'Who holds the provider (19.6.b)');
    expect(part).toContain('| US \\<Inc\\> \\& Co (US) | company | outside the EU | 38% | 50% | 38% | 50% |');
    expect(part).not.toContain('République française');
    expect(part).toContain('- CloudCo SAS is controlled by US \\<Inc\\> \\& Co (US)');
  });

  it('stays under 20,000 characters for a typical description, and grows by at most 400 per extra subject', () => {
    const base = readFileSync(NON_COMPLIANT, 'utf8');
    const markdown = (extra: number) => {
      const doc = parse(base) as { data: unknown[]; sites: { id: string; country: string }[] };
      for (let i = 0; i < extra; i++) doc.data.push({ kind: 'backups', storedAt: ['london-1'] });
      const report = check([{ file: NON_COMPLIANT, bytes: Buffer.from(stringify(doc)) }], {
        date: DATE,
        timestamp: false,
        lang: 'fr',
      });
      return { length: formatMarkdown(report, { color: false }).length, subjects: report.results.length };
    };
    const one = markdown(0);
    const more = markdown(10);
    expect(one.length).toBeLessThan(20_000);
    expect(more.subjects).toBeGreaterThan(one.subjects);
    expect((more.length - one.length) / (more.subjects - one.subjects)).toBeLessThanOrEqual(400);
  });
});
