// The text of `snc ownership`: a table of holders in both readings, the 19.6.b figures, the paths, what is missing.

import { Chalk } from 'chalk';
import { controlPath, entityLabel, entityName, pathValue, unexplainedLines } from '../../checks/ownership-details.js';
import { renderValue, translate, render } from '../../i18n/format.js';
import { drawTable, fitWidths } from '../../report/draw-table.js';
import type { Lang, MessageValue } from '../../i18n/types.js';
import { COLLECTIVE_MAX, INDIVIDUAL_MAX, judgeHolding } from '../../model/ownership/judge.js';
import { MEASURES, type OwnershipPath, type ProviderOwnership } from '../../model/ownership/types.js';
import { neutral } from '../../neutral.js';

/** The analysis as text in a language; colour only when asked. Every line is neutral text before it is coloured. */
export function formatOwnershipText(o: ProviderOwnership, lang: Lang, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const t = (id: string, values: Record<string, MessageValue> = {}) => neutral(translate(lang, id, values));
  const pct = (n: number): MessageValue => ({ percent: n });
  const term = (name: string): MessageValue => ({ terms: [name] });
  const section = (title: string) => out.push('', c.bold.underline(title));
  const out: string[] = [c.bold(t('ownership.title', { entity: entityLabel(o, o.entity), file: o.file, date: o.date }))];
  if (!o.applicable) {
    out.push(t('ownership.not-applicable', { entity: o.name, type: term(`entity.${o.entities[o.entity]!.type}`) }));
    return out.join('\n') + '\n';
  }

  section(t('ownership.section.holders'));
  if (o.holders.length === 0) out.push(t('ownership.none'));
  else {
    const head = ['holder', 'type', 'jurisdiction', 'capital-economic', 'capital-control', 'votes-economic', 'votes-control'].map((k) => t(`ownership.column.${k}`));
    const cell = (n: number) => renderValue(pct(n), lang);
    const rows = o.holders.map((h) => {
      const name = neutral(entityLabel(o, h.id));
      return [
        h.jurisdiction === 'non-eu' ? c.red(name) : h.jurisdiction === 'unknown' ? c.yellow(name) : name,
        renderValue(term(`entity.${h.type}`), lang),
        renderValue(term(`jurisdiction.${h.jurisdiction}`), lang),
        cell(h.economic.capital),
        cell(h.control.capital),
        cell(h.economic.votingRights),
        cell(h.control.votingRights),
      ];
    });
    out.push(drawTable(head, rows, fitWidths(head, rows), { align: ['left', 'left', 'left', 'right', 'right', 'right', 'right'] }));
  }
  out.push(t('ownership.explained', { capital: pct(o.explained.economic.capital), votes: pct(o.explained.economic.votingRights) }));

  section(t('ownership.section.figures'));
  for (const [scope, max] of [['individual', INDIVIDUAL_MAX], ['collective', COLLECTIVE_MAX]] as const)
    for (const v of judgeHolding(o, scope, max).measures) {
      const holder = scope === 'individual' && v.holder ? t('ownership.figure.holder', { holder: entityLabel(o, v.holder), reading: term(`reading.${v.reading}`) }) : '';
      out.push(`  ${t(`ownership.figure.${scope}`, { measure: term(`measure.${v.measure}`), known: pct(v.known), upTo: pct(v.upTo), max: pct(max), ...(scope === 'individual' ? { holder } : {}) })}`);
    }

  const nonEu = o.holders.filter((h) => h.jurisdiction === 'non-eu');
  if (nonEu.length > 0) {
    section(t('ownership.section.paths'));
    out.push(c.dim(t('ownership.legend')));
    for (const h of nonEu) {
      out.push(
        c.bold(
          t('ownership.paths.holder', {
            holder: entityLabel(o, h.id),
            capital: pct(h.economic.capital),
            votes: pct(h.economic.votingRights),
            capitalControl: pct(h.control.capital),
            votesControl: pct(h.control.votingRights),
          }),
        ),
      );
      for (const p of h.paths) for (const line of pathLines(p)) out.push(`  ${line}`);
      for (const reading of ['economic', 'control'] as const) {
        const other = h.otherPaths?.[reading];
        const shown = h.paths.some((p) => p.reading === reading);
        if (shown && other && (other.capital > 0 || other.votingRights > 0)) {
          const line = t('ownership.paths.other', { capital: pct(other.capital), votes: pct(other.votingRights) });
          out.push(`  ${reading === 'control' ? `${line} ${t('ownership.paths.control')}` : line}`);
        }
      }
    }
  }

  section(t('ownership.section.unexplained'));
  const lines = [...new Set(MEASURES.flatMap((m) => unexplainedLines(o, 'individual', m).map((msg) => neutral(render(lang, msg)))))];
  out.push(...(lines.length > 0 ? lines.map((l) => `  ${l}`) : [t('ownership.none')]));

  section(t('ownership.section.control'));
  const k = o.control;
  const name = entityName(o, o.entity);
  if (k.status === 'controlled' && k.joint.length > 0)
    out.push(t('ownership.control.joint', { entity: name, holders: { list: k.joint.map((id) => entityLabel(o, id)) }, controller: entityLabel(o, k.controller!) }));
  else if (k.status === 'controlled')
    out.push(
      t('ownership.control.controlled', {
        entity: name,
        controller: entityLabel(o, k.controller!),
        basis: term(`control.${k.basis}`),
        votes: pct(k.votingRights ?? 0),
        chain: controlPath(o),
      }),
    );
  else out.push(t(`ownership.control.${k.status}`, { entity: name }));
  if (k.outside === 'non-eu' && k.via) out.push(c.red(t('ownership.control.outside', { via: entityLabel(o, k.via) })));
  if (k.missing.length > 0) out.push(t('ownership.detail.missing', { missing: { list: k.missing } }));

  section(t('ownership.section.rights', { entity: name }));
  for (const r of o.specialRights) {
    const status = t(`ownership.right.${r.outside}`, { via: r.via ? entityLabel(o, r.via) : '', missing: { list: r.missing } });
    out.push(`  ${t('ownership.right', { holder: entityLabel(o, r.holder), right: term(`right.${r.right}`), entity: entityName(o, r.on), status })}`);
  }
  if (o.specialRightsNotGiven.length > 0) out.push(`  ${t('ownership.rights-not-given', { entities: { list: o.specialRightsNotGiven.map((id) => entityName(o, id)) } })}`);
  if (o.specialRights.length === 0 && o.specialRightsNotGiven.length === 0) out.push(t('ownership.none'));
  return out.join('\n') + '\n';

  function pathLines(p: OwnershipPath): string[] {
    const suffix = p.reading === 'control' ? ` ${t('ownership.paths.control')}` : '';
    const same = p.capital === p.votingRights && p.steps.every((s) => s.control || s.capital === s.votingRights);
    if (same) return [t('ownership.paths.path-both', { path: pathValue(o, p, 'capital'), capital: pct(p.capital), votes: pct(p.votingRights) }) + suffix];
    return MEASURES.map((m) => t('ownership.paths.path-measure', { path: pathValue(o, p, m), share: pct(p[m]), measure: term(`measure.${m}`) }) + suffix);
  }
}
