// Text report for terminals: results grouped by family in tables, then a summary line; colour only when asked.

import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { translate } from '../i18n/format.js';
import { FAMILIES, type Result, type Status } from '../engine/types.js';
import type { Formatter } from './formatter.js';

export const formatText: Formatter = (report, { color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const t = (id: string, values: Record<string, string | number> = {}) => translate(report.lang, id, values);
  const paint: Record<Status, (s: string) => string> = {
    pass: c.green,
    fail: c.red.bold,
    unknown: c.yellow,
    'not-applicable': c.gray,
    waived: c.cyan,
  };
  const out: string[] = [];
  for (const input of report.inputs) {
    out.push(c.bold(t('report.evaluated', { name: input.name, file: input.file, date: report.evaluationDate, profiles: input.profiles.join(', ') })));
  }
  for (const family of FAMILIES) {
    const rows = report.results.filter((r) => r.family === family);
    if (rows.length === 0) continue;
    out.push('', c.bold.underline(t(`family.${family}`)));
    const table = new Table({
      head: [t('report.column.status'), t('report.column.clause'), t('report.column.rule'), t('report.column.finding'), t('report.column.location')],
      style: { head: [], border: [] },
      wordWrap: true,
      colWidths: [16, 10, 30, 60, 24],
    });
    for (const r of rows) table.push(row(r, paint, t));
    out.push(table.toString());
  }
  const s = report.summary;
  out.push(
    '',
    (s.compliant ? c.green.bold : c.red.bold)(t(s.compliant ? 'report.compliant' : 'report.not-compliant')) +
      ' — ' +
      t('report.summary', { total: s.total, pass: s.pass, fail: s.fail, unknown: s.unknown, notApplicable: s.notApplicable, waived: s.waived }),
  );
  return out.join('\n') + '\n';
};

function row(r: Result, paint: Record<Status, (s: string) => string>, t: (id: string) => string): string[] {
  const finding = [r.message, ...r.details.map((d) => `  ${d}`)].join('\n');
  return [
    paint[r.status](t(`status.${r.status}`)),
    r.clause,
    r.ruleId,
    finding,
    `${r.location.file}:${r.location.line}:${r.location.column}`,
  ];
}
