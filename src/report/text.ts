// Text report for terminals: results grouped by family in tables, then a summary line; colour only when asked.

import { Chalk } from 'chalk';
import type { Result, Status } from '../engine/report-types.js';
import { neutral } from '../core/neutral.js';
import { drawTable } from './draw-table.js';
import type { Formatter } from './formatter.js';
import { byFamily } from './group.js';
import {
  basedOn,
  baselineCounts,
  baselineLine,
  clauseText,
  fixedLine,
  locationOf,
  waiverLine,
  waiverWhere,
} from './result-text.js';
import { translator, type Translate } from './translator.js';
import { verdictLines } from './verdict.js';
import { warningText } from './warning-text.js';
import { wrapText } from './wrap-text.js';

const STATUS_WIDTH = 16;
const DEFAULT_WIDTH = 100;

/** The text report: a table per family (status, rule and clause, finding with its location), then the verdict. */
export const formatText: Formatter = (report, { color, width }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const t = translator(report.lang);
  const paint: Record<Status, (s: string) => string> = {
    pass: c.green,
    fail: c.red.bold,
    unknown: c.yellow,
    'not-applicable': c.gray,
    waived: c.cyan,
  };
  const total = Math.min(160, Math.max(80, width ?? DEFAULT_WIDTH));
  const ruleWidth = Math.min(
    34,
    Math.max(
      12,
      ...report.results.map(
        (r) => Math.max(r.ruleId.length, `${t('report.column.clause')} ${clauseText(r)}`.length) + 2,
      ),
    ),
  );
  const findingWidth = total - STATUS_WIDTH - ruleWidth - 4;
  const out: string[] = [];
  for (const input of report.inputs) {
    out.push(
      c.bold(
        neutral(
          t('report.evaluated', {
            name: input.name,
            file: input.file,
            date: report.evaluationDate,
            profiles: input.profiles.join(', '),
          }),
        ),
      ),
    );
  }
  for (const [family, rows] of byFamily(report.results)) {
    out.push('', c.bold.underline(t(`family.${family}`)));
    const head = [t('report.column.status'), t('report.column.rule'), t('report.column.finding')];
    const cells = rows.map((r) => row(r, { paint, t, c, ruleInner: ruleWidth - 2, inner: findingWidth - 2 }));
    out.push(drawTable(head, cells, [STATUS_WIDTH - 2, ruleWidth - 2, findingWidth - 2]));
  }
  const waived = report.results.filter((r) => r.waiver);
  if (waived.length > 0)
    out.push(
      '',
      c.bold.underline(t('report.section.waivers-applied')),
      ...waived.map((r) => c.cyan(wrapText(neutral(`${waiverWhere(r, t)}. ${waiverLine(r, t)!}`), total).join('\n  '))),
    );
  if (report.baseline)
    out.push(
      '',
      c.bold.underline(t('report.section.fixed')),
      wrapText(neutral(baselineCounts(report.baseline, t)), total).join('\n  '),
      ...(report.baseline.fixed.length
        ? report.baseline.fixed.map((f) => c.green(wrapText(neutral(`- ${fixedLine(f, t)}`), total).join('\n  ')))
        : [t('report.nothing-fixed')]),
    );
  if (report.warnings.length > 0)
    out.push(
      '',
      c.bold.underline(t('report.section.warnings')),
      ...report.warnings.map((w) => c.yellow(wrapText(warningText(w), total).join('\n  '))),
    );
  const paintVerdict = { compliant: c.green.bold, 'not-compliant': c.red.bold, 'not-judged': c.yellow.bold };
  out.push('', ...verdictLines(report, t).map((v) => paintVerdict[v.verdict](neutral(v.line))));
  return out.join('\n') + '\n';
};

interface Cells {
  paint: Record<Status, (s: string) => string>;
  t: Translate;
  c: InstanceType<typeof Chalk>;
  /** Room for text inside the rule and finding cells. */
  ruleInner: number;
  inner: number;
}

function row(r: Result, { paint, t, c, ruleInner, inner }: Cells): string[] {
  const wrap = (text: string, width: number) => wrapText(neutral(text), width).join('\n');
  const finding = [r.message, ...r.details.map((d) => `  ${d}`)].map((l) => wrap(l, inner));
  const sources = basedOn(r, t);
  if (sources) finding.push(c.gray(wrap(sources, inner)));
  const waiver = waiverLine(r, t);
  if (waiver) finding.push(c.cyan(wrap(waiver, inner)));
  const baseline = baselineLine(r, t);
  if (baseline) finding.push(c.magenta(wrap(baseline, inner)));
  finding.push(c.gray(wrap(locationOf(r), inner)));
  const rule = `${wrap(r.ruleId, ruleInner)}\n${c.gray(wrap(`${t('report.column.clause')} ${clauseText(r)}`, ruleInner))}`;
  return [paint[r.status](t(`status.${r.status}`)), rule, finding.join('\n')];
}
