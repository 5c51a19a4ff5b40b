// The holding graph of a provider as inline SVG: its holders up to the ultimate ones, percentages on the edges,
// holders outside the EU and the chain of control marked; the largest holders only beyond about thirty entities.

import type { DirectHolding, ProviderOwnership, StakeBounds } from '../model/ownership/types.js';
import { escapeXml as h } from './escape.js';
import type { Translate } from './translator.js';

/** Entities drawn at most; beyond, the largest holders and the entities between them and the provider. */
export const MAX_DRAWN = 30;
const PER_ROW = 5;
const W = 230;
const H = 50;
const GAP_X = 24;
const GAP_Y = 52;
const MARGIN = 12;
const LEGEND = 30;
const MIN_WIDTH = 520;

interface Node {
  id: string;
  rank: number;
  x: number;
  y: number;
}

/** Each entity's share of the provider's capital through the listed holdings (the provider's own is 100). */
function weights(provider: string, holdings: readonly DirectHolding[]): Map<string, number> {
  const w = new Map<string, number>([[provider, 100]]);
  // Holdings come nearest first; a few sweeps settle cross-holdings, whose shares shrink at every turn.
  for (let sweep = 0; sweep < 30; sweep++) {
    const next = new Map<string, number>([[provider, 100]]);
    for (const e of holdings)
      next.set(e.holder, (next.get(e.holder) ?? 0) + ((w.get(e.held) ?? 0) * (e.capital ?? 0)) / 100);
    const settled = [...next].every(([id, v]) => Math.abs((w.get(id) ?? 0) - v) < 1e-9);
    for (const [id, v] of next) w.set(id, v);
    if (settled) break;
  }
  return w;
}

/** The entities to draw: all of them up to MAX_DRAWN, else the heaviest with the chain that links each to the provider. */
function select(provider: string, holdings: readonly DirectHolding[], w: Map<string, number>): Set<string> {
  const all = new Set([provider, ...holdings.flatMap((e) => [e.holder, e.held])]);
  if (all.size <= MAX_DRAWN) return all;
  // Through which held entity each holder's weight mostly flows: the chain drawn to reach it.
  const via = new Map<string, string>();
  const best = new Map<string, number>();
  for (const e of holdings) {
    const flow = ((w.get(e.held) ?? 0) * (e.capital ?? 0)) / 100;
    if (flow > (best.get(e.holder) ?? -1)) {
      best.set(e.holder, flow);
      via.set(e.holder, e.held);
    }
  }
  const kept = new Set([provider]);
  const byWeight = [...all]
    .filter((id) => id !== provider)
    .sort((a, b) => (w.get(b) ?? 0) - (w.get(a) ?? 0) || (a < b ? -1 : 1));
  for (const id of byWeight) {
    const chain: string[] = [];
    for (let at: string | undefined = id; at !== undefined && !kept.has(at) && !chain.includes(at); at = via.get(at))
      chain.push(at);
    if (kept.size + chain.length > MAX_DRAWN) continue;
    for (const c of chain) kept.add(c);
  }
  return kept;
}

/** Ranks by distance from the provider (0) along the drawn holdings; rows of at most PER_ROW per rank. */
function layout(
  provider: string,
  drawn: Set<string>,
  edges: readonly DirectHolding[],
  w: Map<string, number>,
): { nodes: Map<string, Node>; width: number; height: number } {
  const rank = new Map<string, number>([[provider, 0]]);
  const queue = [provider];
  for (let i = 0; i < queue.length; i++)
    for (const e of edges)
      if (e.held === queue[i] && !rank.has(e.holder)) {
        rank.set(e.holder, rank.get(e.held)! + 1);
        queue.push(e.holder);
      }
  for (const id of drawn) if (!rank.has(id)) rank.set(id, 1);
  // A holder of an entity sits above it: a few longest-path sweeps lift holders of holders, a cycle no further.
  for (let sweep = 0; sweep < 4; sweep++)
    for (const e of edges)
      if (e.holder !== provider && rank.get(e.holder)! <= rank.get(e.held)!) rank.set(e.holder, rank.get(e.held)! + 1);
  const top = Math.max(...rank.values());
  const nodes = new Map<string, Node>();
  const rows: string[][] = [];
  for (let r = 0; r <= top; r++) {
    const ids = [...drawn].filter((id) => rank.get(id) === r);
    // Each holder sits above what it holds: order a rank by the mean position of its holdings already placed.
    const centre = (id: string) => {
      const xs = edges.filter((e) => e.holder === id && nodes.has(e.held)).map((e) => nodes.get(e.held)!.x);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.MAX_SAFE_INTEGER;
    };
    // Heaviest first, nearest the provider; then by id, so the drawing is the same on every run.
    ids.sort((a, b) => centre(a) - centre(b) || (w.get(b) ?? 0) - (w.get(a) ?? 0) || (a < b ? -1 : 1));
    for (let i = 0; i < ids.length; i += PER_ROW) {
      const row = ids.slice(i, i + PER_ROW);
      rows.push(row);
      row.forEach((id, k) => nodes.set(id, { id, rank: r, x: k, y: rows.length - 1 }));
    }
  }
  const widest = Math.max(...rows.map((r) => r.length));
  // Never narrower than the legend.
  const width = Math.max(MIN_WIDTH, MARGIN * 2 + widest * W + (widest - 1) * GAP_X);
  const height = MARGIN * 2 + rows.length * H + (rows.length - 1) * GAP_Y + LEGEND;
  // Rows are drawn from the top: the provider's row last, at the bottom; each row centred.
  rows.forEach((row, r) => {
    const offset = (width - (row.length * W + (row.length - 1) * GAP_X)) / 2;
    row.forEach((id, k) => {
      const n = nodes.get(id)!;
      n.x = offset + k * (W + GAP_X);
      n.y = MARGIN + (rows.length - 1 - r) * (H + GAP_Y);
    });
  });
  return { nodes, width, height };
}

const fit = (s: string, max: number) => ([...s].length > max ? `${[...s].slice(0, max - 1).join('')}…` : s);

/** The holding graph of a provider as an inline SVG image, or '' when the description lists no holding. */
export function holdingGraphSvg(o: ProviderOwnership, t: Translate, pct: (n: number) => string, id: string): string {
  const holdings = o.holdings ?? [];
  if (!o.applicable || holdings.length === 0) return '';
  const w = weights(o.entity, holdings);
  const drawn = select(o.entity, holdings, w);
  const edges = holdings.filter((e) => drawn.has(e.holder) && drawn.has(e.held));
  const { nodes, width, height } = layout(o.entity, drawn, edges, w);
  // A range or an undisclosed stake is labelled as such, never as the figure the analysis reads (its minimum).
  const stake = (v: number | null, range: StakeBounds | undefined): string =>
    range
      ? range.max === null
        ? t('ownership.stake-undisclosed')
        : t('ownership.range', { min: pct(range.min), max: pct(range.max) })
      : pct(v ?? 0);
  const edgeShare = (e: DirectHolding): string =>
    e.votingRights !== null &&
    e.capital !== null &&
    (e.votingRights !== e.capital || !sameBounds(e.capitalRange, e.votingRightsRange))
      ? t('ownership.graph.edge-votes', {
          capital: stake(e.capital, e.capitalRange),
          votes: stake(e.votingRights, e.votingRightsRange),
        })
      : e.capital !== null
        ? stake(e.capital, e.capitalRange)
        : stake(e.votingRights, e.votingRightsRange);
  const label = (entity: string) => o.entities[entity];
  const name = (entity: string) => label(entity)?.name ?? entity;
  const chain = [...o.control.through, ...(o.control.controller ? [o.control.controller] : [])];
  const controlEdge = (e: DirectHolding) => chain.some((c, i) => i > 0 && c === e.holder && chain[i - 1] === e.held);
  const outsideControl = o.control.outside === 'non-eu';

  const out: string[] = [];
  const labels: string[] = [];
  for (const e of edges) {
    const a = nodes.get(e.holder)!;
    const b = nodes.get(e.held)!;
    const control = controlEdge(e);
    const x1 = a.x + W / 2;
    const x2 = b.x + W / 2;
    const below = b.y > a.y;
    const y1 = below ? a.y + H : a.y + H / 2;
    const y2 = below ? b.y : b.y + H / 2;
    // A holding that points up or sideways (a cross-holding) bends out to the side instead of crossing the boxes.
    const side = Math.min(width - 2, Math.max(a.x, b.x) + W + 40);
    const d = below
      ? `M${x1} ${y1} C${x1} ${(y1 + y2) / 2} ${x2} ${(y1 + y2) / 2} ${x2} ${y2}`
      : `M${a.x + W} ${y1} C${side} ${y1} ${side} ${y2} ${b.x + W} ${y2}`;
    const cls = control ? (outsideControl ? 'edge control outside' : 'edge control') : 'edge';
    out.push(`<path class="${cls}" d="${d}" marker-end="url(#${id}-arrow)"/>`);
    const text = edgeShare(e);
    const lw = [...text].length * 7 + 10;
    // Between adjacent rows a label sits halfway; an edge that crosses rows is labelled just under its holder,
    // where no other edge's label lands.
    const far = below && b.y - a.y > H + GAP_Y + 1;
    const lx = Math.min(width - lw / 2 - 2, !below ? side - 10 : far ? x1 : (x1 + x2) / 2);
    const ly = far ? y1 + 14 : (y1 + y2) / 2;
    labels.push(
      `<rect class="edge-label" x="${lx - lw / 2}" y="${ly - 10}" width="${lw}" height="18" rx="3"/><text class="edge-text" x="${lx}" y="${ly + 4}">${h(text)}</text>`,
    );
  }
  out.push(...labels);
  for (const n of nodes.values()) {
    const l = label(n.id);
    const status =
      n.id === o.entity
        ? 'provider'
        : l?.jurisdiction === 'non-eu'
          ? 'outside'
          : l?.jurisdiction === 'unknown'
            ? 'unplaced'
            : 'eu';
    const where =
      l?.jurisdiction === 'non-eu'
        ? t('ownership.graph.outside', { countries: l.countries.join(', ') })
        : l?.jurisdiction === 'unknown'
          ? t('ownership.graph.unplaced')
          : l?.jurisdiction === 'public-float'
            ? t('ownership.graph.public-float')
            : l?.countries.length
              ? l.countries.join(', ')
              : t('ownership.graph.eu');
    // A holder whose share a range or an undisclosed stake could raise shows the range its share lies in.
    const known = w.get(n.id) ?? 0;
    const up = n.id === o.entity ? undefined : o.holders.find((x) => x.id === n.id)?.upTo?.economic.capital;
    const weight =
      n.id === o.entity
        ? ''
        : ` · ${up !== undefined && up > known ? t('ownership.range', { min: pct(known), max: pct(up) }) : pct(known)}`;
    out.push(
      `<g class="node ${status}"><rect x="${n.x}" y="${n.y}" width="${W}" height="${H}" rx="6"/>` +
        `<text class="name" x="${n.x + 10}" y="${n.y + 20}">${h(fit(name(n.id), 29))}</text>` +
        `<text class="where" x="${n.x + 10}" y="${n.y + 38}">${h(fit(`${where}${weight}`, 36))}</text></g>`,
    );
  }
  const legendY = height - LEGEND + 18;
  out.push(
    `<g class="legend"><rect class="node-key outside" x="${MARGIN}" y="${legendY - 11}" width="14" height="14" rx="3"/>` +
      `<text x="${MARGIN + 20}" y="${legendY}">${h(t('ownership.graph.legend-outside'))}</text>` +
      `<path class="edge control${outsideControl ? ' outside' : ''}" d="M${MARGIN + 250} ${legendY - 4} H${MARGIN + 290}"/>` +
      `<text x="${MARGIN + 298}" y="${legendY}">${h(t('ownership.graph.legend-control'))}</text></g>`,
  );
  const hidden = new Set(holdings.flatMap((e) => [e.holder, e.held]).filter((x) => !drawn.has(x))).size;
  const hiddenShare = holdings
    .filter((e) => !drawn.has(e.holder) && drawn.has(e.held))
    .reduce((s, e) => s + ((w.get(e.held) ?? 0) * (e.capital ?? 0)) / 100, 0);
  const title = t('ownership.graph.title', { entity: name(o.entity) });
  const described = edges.map((e) => {
    const share = edgeShare(e);
    return share === t('ownership.stake-undisclosed')
      ? t('ownership.graph.describe-edge-undisclosed', { holder: name(e.holder), held: name(e.held) })
      : t('ownership.graph.describe-edge', { holder: name(e.holder), share, held: name(e.held) });
  });
  const note =
    hidden > 0 || o.holdingsOmitted ? t('ownership.graph.more', { count: hidden, share: pct(hiddenShare) }) : '';
  return [
    `<figure class="graph"><svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title id="${id}-title">${h(title)}</title><desc id="${id}-desc">${h([...described.slice(0, 60), note].filter(Boolean).join('; '))}</desc>`,
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="arrow"/></marker></defs>`,
    ...out,
    '</svg>',
    note ? `<figcaption>${h(note)}</figcaption>` : '',
    '</figure>',
  ].join('');
}

const sameBounds = (a: StakeBounds | undefined, b: StakeBounds | undefined): boolean =>
  a?.min === b?.min && a?.max === b?.max;
