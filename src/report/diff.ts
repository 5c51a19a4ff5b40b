// The formats of `snc diff`: text for a terminal, JSON for scripts, Markdown for a pull request. Each lists the
// verdicts changed, the facts changed with what 19.6.f covers flagged, and the notice the customer is due.

import type { Diff, FactChange, VerdictChange } from '../engine/report-types.js';
import { neutral, neutralJson } from '../core/neutral.js';
import { codeMarkdown as code, escapeMarkdown as md } from './escape.js';
import type { DiffFormat } from './formats.js';
import { translator, type Translate } from './translator.js';

/** A fact's value in one line: text as it is, anything else as compact JSON. */
const shown = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? 'null'));

const status = (s: VerdictChange['old'], t: Translate) => (s === null ? t('diff.not-judged') : t(`status.${s}`));

const verdictLine = (v: VerdictChange, t: Translate) =>
  t('diff.verdict', {
    rule: v.ruleId,
    clause: v.clause,
    subject: v.subjectId || '/',
    old: status(v.old, t),
    new: status(v.new, t),
  });

function factLine(f: FactChange, t: Translate): string {
  const path = f.path || '/';
  const line =
    f.change === 'added'
      ? t('diff.fact.added', { path, value: shown(f.new) })
      : f.change === 'removed'
        ? t('diff.fact.removed', { path, value: shown(f.old) })
        : t('diff.fact.changed', { path, old: shown(f.old), new: shown(f.new) });
  return f.notice ? `${line} — ${t('diff.flag', { topic: t(`diff.topic.${f.notice}`) })}` : line;
}

/** The closing line: the 19.6.f notice due, with the topics it covers, or that none is. */
function noticeLine(d: Diff, t: Translate): string {
  if (d.notice.length === 0) return t('diff.no-notice');
  return t('diff.notice', {
    count: d.facts.filter((f) => f.notice).length,
    topics: { list: d.notice.map((n) => t(`diff.topic.${n}`)) },
  });
}

export function formatDiff(d: Diff, format: DiffFormat): string {
  const t = translator(d.lang);
  if (format === 'json') return neutralJson(d, 2) + '\n';
  const title = t('diff.title', { old: d.old.file, new: d.new.file });
  const verdicts = d.verdicts.map((v) => verdictLine(v, t));
  const facts = d.facts.map((f) => factLine(f, t));
  if (format === 'markdown') {
    const list = (lines: string[], none: string) => (lines.length ? lines.map((l) => `- ${md(l)}`) : [md(none)]);
    return [
      `# ${md(title)}`,
      '',
      `## ${md(t('diff.section.verdicts'))}`,
      '',
      ...list(verdicts, t('diff.none-verdicts')),
      '',
      `## ${md(t('diff.section.facts'))}`,
      '',
      ...list(facts, t('diff.none-facts')),
      '',
      d.notice.length ? `**${md(noticeLine(d, t))}**` : md(noticeLine(d, t)),
      '',
      `_${md(t('diff.files'))}_ ${code(d.old.sha256)} → ${code(d.new.sha256)}`,
      '',
    ].join('\n');
  }
  const section = (heading: string, lines: string[], none: string) => [
    '',
    `${heading} (${lines.length})`,
    ...(lines.length ? lines.map((l) => `  ${neutral(l)}`) : [`  ${none}`]),
  ];
  return [
    neutral(title),
    ...section(t('diff.section.verdicts'), verdicts, t('diff.none-verdicts')),
    ...section(t('diff.section.facts'), facts, t('diff.none-facts')),
    '',
    noticeLine(d, t),
    '',
  ].join('\n');
}
