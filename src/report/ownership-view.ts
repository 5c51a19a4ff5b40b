// The ownership part of the readiness report (19.6.b): holders in both readings, the figures, what is unexplained.

import type { Report } from '../engine/types.js';
import { renderValue } from '../i18n/format.js';
import type { Lang } from '../i18n/types.js';
import type {
  EntityControl,
  Figure,
  OwnershipHolder,
  OwnershipPath,
  Reading,
  Shares,
  UnexplainedShare,
} from '../model/ownership/types.js';
import type { Translate } from './translator.js';

/** The ownership tables and notes of one input file, every cell already text. */
export interface OwnershipView {
  file: string;
  intro: string;
  /** Holders: each row's cells in the order of `head`. */
  head: string[];
  rows: string[][];
  /** The paths that make up the share of each holder outside the EU, listed under the table. */
  paths: { holder: string; paths: string[] }[];
  /** The 19.6.b figures: largest single non-EU holder and non-EU total, in capital and in votes. */
  figuresHead: string[];
  figures: string[][];
  /** Titled lists: what is unexplained, who controls the provider, special rights. */
  notes: { title: string; items: string[] }[];
}

/** The ownership views of a report; empty when it carries no ownership analysis. */
export function ownershipView(report: Report, t: Translate): OwnershipView[] {
  const lang = report.lang;
  const pct = (n: number) => renderValue({ percent: n }, lang);
  return (report.ownership ?? []).map((o) => {
    const names = new Map<string, string>([[o.entity, o.name], ...o.holders.map((h): [string, string] => [h.id, h.name])]);
    const name = (id: string) => names.get(id) ?? id;
    if (!o.applicable)
      return { file: o.file, intro: t('report.ownership.not-applicable', { entity: o.name }), head: [], rows: [], paths: [], figuresHead: [], figures: [], notes: [] };
    const intro = [
      t('report.ownership.intro', { entity: o.name, date: o.date }),
      t('report.ownership.explained', {
        capital: pct(o.explained.economic.capital),
        votes: pct(o.explained.economic.votingRights),
        controlCapital: pct(o.explained.control.capital),
        controlVotes: pct(o.explained.control.votingRights),
      }),
    ].join(' ');
    const figure = (f: Figure) => {
      const values = { economic: pct(f.known.economic), control: pct(f.known.control) };
      const same = f.upTo.economic === f.known.economic && f.upTo.control === f.known.control;
      return same
        ? t('report.ownership.figure', values)
        : t('report.ownership.figure-up-to', { ...values, upEconomic: pct(f.upTo.economic), upControl: pct(f.upTo.control) });
    };
    const notes = [
      { title: t('report.ownership.unexplained'), items: o.unexplained.map((u) => unexplained(u, name, t, lang)) },
      { title: t('report.ownership.control-title'), items: [control(o.control, name, t)] },
      {
        title: t('report.ownership.special-rights'),
        items: [
          ...o.specialRights.map((r) =>
            outside(t('report.ownership.special-right', { holder: name(r.holder), right: t(`report.ownership.right.${r.right}`), on: name(r.on) }), r.outside, r.via, name, t),
          ),
          ...(o.specialRightsNotGiven.length ? [t('report.ownership.special-rights-not-given', { entities: { list: o.specialRightsNotGiven.map(name) } })] : []),
        ],
      },
    ].filter((n) => n.items.length > 0);
    return {
      file: o.file,
      intro,
      head: [
        t('report.ownership.holder'),
        t('report.ownership.type'),
        t('report.ownership.jurisdiction'),
        t('report.ownership.capital-economic'),
        t('report.ownership.capital-control'),
        t('report.ownership.votes-economic'),
        t('report.ownership.votes-control'),
      ],
      rows: o.holders.map((h) => holderCells(h, t, pct)),
      paths: o.holders.map((h) => ({ holder: `${h.name} (${h.id})`, paths: holderPaths(h, t, pct) })).filter((p) => p.paths.length > 0),
      figuresHead: [t('report.ownership.test'), t('report.ownership.capital'), t('report.ownership.votes')],
      figures: [
        [t('report.ownership.individual'), figure(o.figures.individual.capital), figure(o.figures.individual.votingRights)],
        [t('report.ownership.collective'), figure(o.figures.collective.capital), figure(o.figures.collective.votingRights)],
      ],
      notes,
    };
  });
}

function holderCells(h: OwnershipHolder, t: Translate, pct: (n: number) => string): string[] {
  const jurisdiction =
    h.jurisdiction === 'eu'
      ? t('report.ownership.in-eu')
      : h.jurisdiction === 'non-eu'
        ? t('report.ownership.outside-eu', { countries: { countries: h.countries } })
        : h.jurisdiction === 'public-float'
          ? t('report.ownership.public-float')
          : t('report.ownership.not-placed', { fields: { terms: h.missingFields } });
  return [
    h.ultimate ? `${h.name} (${h.id})` : t('report.ownership.intermediate', { name: `${h.name} (${h.id})` }),
    t(`report.entity-type.${h.type}`),
    jurisdiction,
    pct(h.economic.capital),
    pct(h.control.capital),
    pct(h.economic.votingRights),
    pct(h.control.votingRights),
  ];
}

function holderPaths(h: OwnershipHolder, t: Translate, pct: (n: number) => string): string[] {
  const reading = (r: Reading) => t(`report.ownership.reading.${r}`);
  const path = (p: OwnershipPath) =>
    t('report.ownership.path', {
      // Ids, not names: an intermediate inside the EU has no name in the analysis, and ids are what the description uses.
      route: [p.steps[0]?.holder ?? h.id, ...p.steps.map((s) => s.held)].join(' → '),
      capital: pct(p.capital),
      votes: pct(p.votingRights),
      reading: reading(p.reading),
    });
  const others = (['economic', 'control'] as const)
    .filter((r) => h.otherPaths && (h.otherPaths[r].capital > 0 || h.otherPaths[r].votingRights > 0))
    .map((r) => t('report.ownership.other-paths', { capital: pct(h.otherPaths![r].capital), votes: pct(h.otherPaths![r].votingRights), reading: reading(r) }));
  return [...h.paths.map(path), ...others];
}

function unexplained(u: UnexplainedShare, name: (id: string) => string, t: Translate, lang: Lang): string {
  const pct = (n: number) => renderValue({ percent: n }, lang);
  const missing = (m: Partial<Shares> | undefined) => ({
    list: [
      ...(m?.capital !== undefined ? [t('report.ownership.of-capital', { percent: pct(m.capital) })] : []),
      ...(m?.votingRights !== undefined ? [t('report.ownership.of-votes', { percent: pct(m.votingRights) })] : []),
    ],
  });
  const entity = name(u.entity) === u.name ? u.name : name(u.entity);
  const reason =
    u.reason === 'remainder'
      ? t('report.ownership.unexplained.remainder', { entity, missing: missing(u.missing) })
      : u.reason === 'jurisdiction-unknown'
        ? t('report.ownership.unexplained.jurisdiction-unknown', { entity, fields: { terms: u.fields ?? [] } })
        : t(`report.ownership.unexplained.${u.reason}`, { entity });
  const weight = { capital: pct(Math.max(u.economic.capital, u.control.capital)), votes: pct(Math.max(u.economic.votingRights, u.control.votingRights)) };
  return `${t('report.ownership.weighs', { reason, ...weight })} (${u.pointer || '/'})`;
}

function control(c: EntityControl, name: (id: string) => string, t: Translate): string {
  const line =
    c.status === 'controlled' && c.controller
      ? t('report.ownership.controlled', {
          controller: name(c.controller),
          basis: c.basis ? t(`report.ownership.basis.${c.basis}`) : '—',
          through: { list: c.through },
        })
      : c.status === 'uncontrolled'
        ? t('report.ownership.uncontrolled')
        : t('report.ownership.control-undetermined', { missing: { list: c.missing } });
  return outside(line, c.outside, c.via, name, t);
}

/** A line, followed by where it leads outside the EU when it does. */
function outside(line: string, status: string, via: string | null, name: (id: string) => string, t: Translate): string {
  return status === 'non-eu' && via ? `${line} — ${t('report.ownership.outside-via', { via: name(via) })}` : line;
}
