// Generates a group of n companies around a provider, with every ultimate holder's economic share worked out on the
// way (an oracle independent of snc's solver): a deep chain of control, a wide tree, and cross-holding pairs.

import { rng } from './rng.mjs';

const seat = (c) => ({ registeredOffice: c, centralAdministration: c, principalEstablishment: c });

/** Split `total` percent into k parts in hundredths of a point, each at least 0.01, adding up exactly. */
function split(r, k, total = 100) {
  const w = Array.from({ length: k }, () => 1 + r() * 4);
  const sum = w.reduce((a, b) => a + b, 0);
  const cents = w.map((x) => Math.max(1, Math.floor((x / sum) * (total * 100 - k))));
  cents[k - 1] = total * 100 - cents.slice(0, -1).reduce((a, b) => a + b, 0);
  if (cents[k - 1] < 1) throw new Error('split: too many parts');
  return cents.map((c) => c / 100);
}

/**
 * A description of a provider `p` and n − 1 other companies, and the expected economic share (a fraction) of every
 * ultimate holder, computed top-down from the structure:
 * - a chain of about n/3 companies, each held 60% by the next and 40% by a French person, the last by a US person:
 *   the chain holds 10% of the provider, so the US person holds 0.1 × 0.6^L economically and, controlling every
 *   link (L.233-3), 10% in the control reading;
 * - about √n holding companies sharing the other 90%, in pairs that hold 10% and 20% of each other (a cycle solved
 *   in closed form: x_a = (f_a + w_ba·f_b) / (1 − w_ab·w_ba)), each held by many small companies, each of those by one
 *   to three persons of whom one in ten is outside the EU.
 */
export function generateGroup(n, seed = 1) {
  const r = rng(seed);
  const entities = {};
  const expected = new Map();
  const credit = (id, share) => expected.set(id, (expected.get(id) ?? 0) + share);
  const persons = [];
  const person = (nonEu) => {
    const id = `person-${persons.length}`;
    const country = nonEu ? ['US', 'CN', 'GB', 'CH'][persons.length % 4] : ['FR', 'DE', 'IT', 'ES'][persons.length % 4];
    persons.push(id);
    entities[id] = { name: `Person ${persons.length}`, type: 'person', nationality: country, residence: country };
    return id;
  };

  const chainLength = Math.max(1, Math.floor(n / 3));
  const mids = Math.max(2, Math.floor(Math.sqrt(n - chainLength)) & ~1);
  const leaves = Math.max(0, n - 1 - chainLength - mids);

  entities.p = { name: 'Provider SAS', type: 'company', ...seat('FR'), shareholders: [], specialRights: [] };
  const midShares = split(r, mids, 90);
  entities.p.shareholders.push({ holder: 'chain-1', capital: 10, votingRights: 10 });
  midShares.forEach((s, i) => entities.p.shareholders.push({ holder: `mid-${i}`, capital: s, votingRights: s }));

  // The chain: chain-i held 60% by chain-(i+1) and 40% by a French person; the last one by a US person.
  const usTop = person(true);
  let flow = 0.1;
  for (let i = 1; i <= chainLength; i++) {
    const next = i === chainLength ? usTop : `chain-${i + 1}`;
    const fr = person(false);
    entities[`chain-${i}`] = {
      name: `Chain ${i} SAS`,
      type: 'company',
      ...seat('FR'),
      shareholders: [
        { holder: next, capital: 60, votingRights: 60 },
        { holder: fr, capital: 40, votingRights: 40 },
      ],
    };
    credit(fr, flow * 0.4);
    flow *= 0.6;
  }
  credit(usTop, flow);

  // Holding companies in cross-holding pairs (a holds 20% of b's… b holds 10% of a), the rest held by small companies.
  const perMid = Array.from({ length: mids }, (_, i) => Math.floor(leaves / mids) + (i < leaves % mids ? 1 : 0));
  let leaf = 0;
  for (let i = 0; i < mids; i += 2) {
    const a = `mid-${i}`;
    const b = `mid-${i + 1}`;
    const wab = 0.2; // b holds 20% of a
    const wba = 0.1; // a holds 10% of b
    const fa = midShares[i] / 100;
    const fb = midShares[i + 1] / 100;
    const det = 1 - wab * wba;
    const flows = { [a]: (fa + wba * fb) / det, [b]: (fb + wab * fa) / det };
    for (const [id, other, w] of [
      [a, b, wab],
      [b, a, wba],
    ]) {
      const index = Number(id.slice(4));
      const count = Math.max(1, perMid[index]);
      const rest = split(r, count, 100 - w * 100);
      entities[id] = {
        name: `Holding ${index} SA`,
        type: 'company',
        ...seat(index % 5 === 0 ? 'DE' : 'FR'),
        shareholders: [{ holder: other, capital: w * 100, votingRights: w * 100 }],
      };
      rest.forEach((s, j) => {
        const l = `leaf-${leaf++}`;
        entities[id].shareholders.push({ holder: l, capital: s, votingRights: s });
        const holders = 1 + Math.floor(r() * 3);
        const parts = split(r, holders);
        entities[l] = { name: `Leaf ${leaf} SARL`, type: 'company', ...seat('FR'), shareholders: [] };
        parts.forEach((q) => {
          const h = person(r() < 0.1);
          entities[l].shareholders.push({ holder: h, capital: q, votingRights: q });
          credit(h, flows[id] * (s / 100) * (q / 100));
        });
        void j;
      });
    }
  }
  const description = {
    snc: 1,
    name: `Generated group of ${n} companies`,
    provider: 'p',
    offer: { name: 'Generated IaaS' },
    entities,
  };
  return {
    description,
    expected,
    usTop,
    chainLength,
    companies: Object.values(entities).filter((e) => e.type === 'company').length,
  };
}
