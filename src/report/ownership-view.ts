// One view of the ownership analysis (19.6.b), in a language: what `snc ownership`, the Markdown and the HTML
// reports show, every line already text, in one vocabulary.

import type { MessageId } from '../i18n/en.js';
import { renderValue, translate } from '../i18n/format.js';
import type { Lang, MessageValue } from '../i18n/types.js';
import { render } from '../i18n/format.js';
import { judgeHolding } from '../model/ownership/judge.js';
import { entityName } from '../model/entity-name.js';
import { controlPath, entityLabel, pathValue, unexplainedLines } from '../model/ownership/labels.js';
import { MEASURES, SCOPES, type OwnershipPath, type ProviderOwnership } from '../model/ownership/types.js';
import type { JurisdictionStatus } from '../model/jurisdiction.js';

export interface OwnershipView {
  file: string;
  title: string;
  /** Set when the provider has no capital to hold (a person, a State): then nothing else is. */
  notApplicable?: string;
  titles: { holders: string; figures: string; paths: string; unexplained: string; control: string; rights: string };
  head: string[];
  /** `ranged`: a range or an undisclosed stake lies on its paths (its share is shown as a range). */
  holders: { cells: string[]; jurisdiction: JurisdictionStatus; ranged: boolean }[];
  explained: string;
  /** The 19.6.b figures, largest single holder then all together, in capital then in voting rights. */
  figures: string[];
  legend: string;
  /** The paths behind each share held from outside the EU. */
  paths: { holder: string; lines: string[] }[];
  unexplained: string[];
  control: { text: string; outside: boolean }[];
  rights: string[];
  none: string;
}

/** The view of one provider's analysis in a language. */
export function ownershipView(o: ProviderOwnership, lang: Lang): OwnershipView {
  const t = (id: MessageId, values: Record<string, MessageValue> = {}) => translate(lang, id, values);
  const pct = (n: number, bound?: number): MessageValue => ({ percent: n, ...(bound === undefined ? {} : { bound }) });
  const term = (name: string): MessageValue => ({ terms: [name] });
  const name = entityName(o.entity, o.entities[o.entity]);
  const titles = {
    holders: t('ownership.section.holders'),
    figures: t('ownership.section.figures'),
    paths: t('ownership.section.paths'),
    unexplained: t('ownership.section.unexplained'),
    control: t('ownership.section.control'),
    rights: t('ownership.section.rights', { entity: name }),
  };
  const view: OwnershipView = {
    file: o.file,
    title: t('ownership.title', { entity: entityLabel(o, o.entity), file: o.file, date: o.date }),
    titles,
    head: (
      [
        'holder',
        'type',
        'jurisdiction',
        'capital-economic',
        'capital-control',
        'votes-economic',
        'votes-control',
      ] as const
    ).map((k) => t(`ownership.column.${k}`)),
    holders: [],
    explained: '',
    figures: [],
    legend: t('ownership.legend'),
    paths: [],
    unexplained: [],
    control: [],
    rights: [],
    none: t('ownership.none'),
  };
  if (!o.applicable)
    return {
      ...view,
      notApplicable: t('ownership.not-applicable', {
        entity: o.name,
        type: term(`entity.${o.entities[o.entity]!.type}`),
      }),
    };

  const cell = (n: number) => renderValue(pct(n), lang);
  // A holder listed with a range or an undisclosed stake shows the range its share lies in.
  const share = (h: (typeof o.holders)[number], r: 'economic' | 'control', m: 'capital' | 'votingRights') => {
    const up = h.upTo?.[r][m];
    if (up === undefined || (up === h[r][m] && !h.undisclosed)) return cell(h[r][m]);
    return t(h.undisclosed ? 'ownership.range-undisclosed' : 'ownership.range', { min: pct(h[r][m]), max: pct(up) });
  };
  view.holders = o.holders.map((h) => ({
    jurisdiction: h.jurisdiction,
    ranged: h.upTo !== undefined,
    cells: [
      entityLabel(o, h.id),
      renderValue(term(`entity.${h.type}`), lang),
      renderValue(term(`jurisdiction.${h.jurisdiction}`), lang),
      share(h, 'economic', 'capital'),
      share(h, 'control', 'capital'),
      share(h, 'economic', 'votingRights'),
      share(h, 'control', 'votingRights'),
    ],
  }));
  view.explained = t('ownership.explained', {
    capital: pct(o.explained.economic.capital),
    votes: pct(o.explained.economic.votingRights),
  });

  for (const scope of SCOPES) {
    const { max, measures } = o.thresholds[scope];
    for (const v of judgeHolding(o, scope, max, measures).measures) {
      const holder =
        scope === 'individual' && v.holder
          ? t('ownership.figure.holder', { holder: entityLabel(o, v.holder), reading: term(`reading.${v.reading}`) })
          : '';
      view.figures.push(
        t(`ownership.figure.${scope}`, {
          measure: term(`measure.${v.measure}`),
          known: pct(v.known, max),
          upTo: pct(v.upTo, max),
          max: pct(max),
          ...(scope === 'individual' ? { holder } : {}),
        }),
      );
    }
  }

  const pathLines = (p: OwnershipPath): string[] => {
    const suffix = p.reading === 'control' ? ` ${t('ownership.paths.control')}` : '';
    const same = p.capital === p.votingRights && p.steps.every((s) => s.control || s.capital === s.votingRights);
    if (same)
      return [
        t('ownership.paths.path-both', {
          path: pathValue(o, p, 'capital'),
          capital: pct(p.capital),
          votes: pct(p.votingRights),
        }) + suffix,
      ];
    return MEASURES.map(
      (m) =>
        t('ownership.paths.path-measure', {
          path: pathValue(o, p, m),
          share: pct(p[m]),
          measure: term(`measure.${m}`),
        }) + suffix,
    );
  };
  view.paths = o.holders
    .filter((h) => h.jurisdiction === 'non-eu')
    .map((h) => {
      const lines = h.paths.flatMap(pathLines);
      for (const reading of ['economic', 'control'] as const) {
        const other = h.otherPaths?.[reading];
        if (
          other &&
          (other.capital > 0 || other.votingRights > 0) &&
          (reading === 'economic' || h.paths.some((p) => p.reading === reading))
        ) {
          const listed = h.paths.some((p) => p.reading === reading);
          const line = t(listed ? 'ownership.paths.other' : 'ownership.paths.unlisted', {
            capital: pct(other.capital),
            votes: pct(other.votingRights),
          });
          lines.push(reading === 'control' ? `${line} ${t('ownership.paths.control')}` : line);
        }
      }
      const holder = t('ownership.paths.holder', {
        holder: entityLabel(o, h.id),
        capital: pct(h.economic.capital),
        votes: pct(h.economic.votingRights),
        capitalControl: pct(h.control.capital),
        votesControl: pct(h.control.votingRights),
      });
      return { holder, lines };
    });

  view.unexplained = [
    ...new Set(MEASURES.flatMap((m) => unexplainedLines(o, 'individual', m).map((msg) => render(lang, msg)))),
  ];

  const k = o.control;
  if (k.status === 'controlled' && k.joint.length > 0)
    view.control.push({
      text: t('ownership.control.joint', {
        entity: name,
        holders: { list: k.joint.map((id) => entityLabel(o, id)) },
        controller: entityLabel(o, k.controller!),
      }),
      outside: false,
    });
  else if (k.status === 'controlled')
    view.control.push({
      text: t('ownership.control.controlled', {
        entity: name,
        controller: entityLabel(o, k.controller!),
        basis: term(`control.${k.basis}`),
        votes: pct(k.votingRights ?? 0),
        chain: controlPath(o),
      }),
      outside: false,
    });
  else view.control.push({ text: t(`ownership.control.${k.status}`, { entity: name }), outside: false });
  if (k.outside === 'non-eu' && k.via)
    view.control.push({ text: t('ownership.control.outside', { via: entityLabel(o, k.via) }), outside: true });
  if (k.missing.length > 0)
    view.control.push({ text: t('ownership.detail.missing', { missing: { list: k.missing } }), outside: false });

  for (const r of o.specialRights) {
    const status = t(`ownership.right.${r.outside}`, {
      via: r.via ? entityLabel(o, r.via) : '',
      missing: { list: r.missing },
    });
    view.rights.push(
      t('ownership.right', {
        holder: entityLabel(o, r.holder),
        right: term(`right.${r.right}`),
        entity: entityName(r.on, o.entities[r.on]),
        status,
      }),
    );
  }
  if (o.specialRightsNotGiven.length > 0)
    view.rights.push(
      t('ownership.rights-not-given', {
        entities: { list: o.specialRightsNotGiven.map((id) => entityName(id, o.entities[id])) },
      }),
    );
  return view;
}

/** The holders a report's table shows: those outside the EU or not placed, and those whose share is a range (else all), ten at most. */
export function holdersShown(view: OwnershipView): OwnershipView['holders'] {
  const shown = view.holders.filter((x) => x.jurisdiction !== 'eu' || x.ranged);
  return (shown.length ? shown : view.holders).slice(0, 10);
}
