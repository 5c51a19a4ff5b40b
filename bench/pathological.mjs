// Pathological but valid ownership shapes: each a description of its size and the verdicts snc must give on it, worked
// out by hand from the shape (an oracle independent of the solver). Used by `npm run bench` (full size) and by the
// test suite (reduced size).

const seat = (c) => ({ registeredOffice: c, centralAdministration: c, principalEstablishment: c });
const company = (id, country, shareholders) => ({
  name: `Company ${id}`,
  type: 'company',
  ...seat(country),
  shareholders,
  specialRights: [],
});
const person = (country) => ({ type: 'person', nationality: country, residence: country });
const base = (entities, extra = {}) => ({
  snc: 1,
  name: 'pathological shape',
  provider: 'p',
  offer: { name: 'offer' },
  entities,
  ...extra,
});

/**
 * A ring of n companies p → c1 → … → c(n−1) → p, each holding the previous one 100% except that the provider is held
 * 99.9999% by the last company of the ring and 0.0001% by a US person. The ring keeps nearly all of its stake
 * turn after turn; every share ends with the US person, who holds 100% of the provider economically: the single
 * holder test fails (100 > 24) and so does the collective one.
 */
export function ring(n) {
  const entities = {};
  const id = (i) => (i === 0 ? 'p' : `c${i}`);
  entities.p = company('p', 'FR', [
    { holder: id(n - 1), capital: 99.9999, votingRights: 99.9999 },
    { holder: 'us', capital: 0.0001, votingRights: 0.0001 },
  ]);
  for (let i = 1; i < n; i++)
    entities[id(i)] = company(id(i), 'FR', [{ holder: id(i - 1), capital: 100, votingRights: 100 }]);
  entities.us = { name: 'US person', ...person('US') };
  return { description: base(entities), expected: { individual: 'fail', collective: 'fail', share: 100 } };
}

/**
 * A chain of n companies above the provider, each held 100% by the next, the last by a French person: nothing
 * outside the EU, every test passes.
 */
export function chain(n) {
  const entities = {};
  const id = (i) => (i === 0 ? 'p' : `c${i}`);
  for (let i = 0; i < n; i++)
    entities[id(i)] = company(id(i), 'FR', [
      { holder: i === n - 1 ? 'fr' : id(i + 1), capital: 100, votingRights: 100 },
    ]);
  entities.fr = { name: 'French person', ...person('FR') };
  return { description: base(entities), expected: { individual: 'pass', collective: 'pass', share: 0 } };
}

/**
 * A ladder of n rungs above the provider: rung i is a pair a(i), b(i) that hold 10% of each other; a(i) is held 90%
 * by a(i+1) and 10% by b(i); b(i) by 90% b(i+1), 10% a(i) (the top rung by a French and a German person): n cross-holding cycles of
 * two companies stacked one on the other, all inside the EU. The provider is held 20% by a(0), 20% by
 * b(0) and 60% by a US person: the US person's 60% fails the single-holder test, as the collective one.
 */
export function ladder(n) {
  const entities = {};
  entities.p = company('p', 'FR', [
    { holder: 'a0', capital: 20, votingRights: 20 },
    { holder: 'b0', capital: 20, votingRights: 20 },
    { holder: 'us', capital: 60, votingRights: 60 },
  ]);
  for (let i = 0; i < n; i++) {
    const top = i === n - 1;
    entities[`a${i}`] = company(`a${i}`, 'FR', [
      { holder: top ? 'fa' : `a${i + 1}`, capital: 90, votingRights: 90 },
      { holder: `b${i}`, capital: 10, votingRights: 10 },
    ]);
    entities[`b${i}`] = company(`b${i}`, 'FR', [
      { holder: top ? 'fb' : `b${i + 1}`, capital: 90, votingRights: 90 },
      { holder: `a${i}`, capital: 10, votingRights: 10 },
    ]);
  }
  entities.fa = { name: 'French person A', ...person('FR') };
  entities.fb = { name: 'French person B', ...person('DE') };
  entities.us = { name: 'US person', ...person('US') };
  return { description: base(entities), expected: { individual: 'fail', collective: 'fail', share: 60 } };
}

/**
 * A chain of n levels above the provider, each company held 99% by the next and 1% by a US person of its own; the
 * last company is held 100% by a French person. Every level has a non-EU holder (n of them, each below 1%), the
 * non-EU total is 1 − 0.99^n (above 39% from 50 levels): the single test passes, the collective one fails.
 */
export function nonEuChain(n) {
  const entities = {};
  const id = (i) => (i === 0 ? 'p' : `c${i}`);
  for (let i = 0; i < n; i++)
    entities[id(i)] = company(
      id(i),
      'FR',
      i === n - 1
        ? [{ holder: 'fr', capital: 100, votingRights: 100 }]
        : [
            { holder: id(i + 1), capital: 99, votingRights: 99 },
            { holder: `us${i}`, capital: 1, votingRights: 1 },
          ],
    );
  for (let i = 0; i < n - 1; i++) entities[`us${i}`] = { name: `US person ${i}`, ...person('US') };
  entities.fr = { name: 'French person', ...person('FR') };
  return {
    description: base(entities),
    expected: { individual: 'pass', collective: 1 - 0.99 ** (n - 1) > 0.39 ? 'fail' : 'pass', share: 1 },
  };
}

/**
 * s subcontractors, each a company held 100% by the bottom of a chain of n companies (the chain shared by all of
 * them); the chain's top is held 30% by a US person and 70% by a French one. Each subcontractor is held from outside
 * the EU (30% > 24%), has access to data, and fails 19.6.c.
 */
export function subcontractors(s, n) {
  const entities = {};
  entities.p = company('p', 'FR', [{ holder: 'frp', capital: 100, votingRights: 100 }]);
  for (let i = 0; i < n; i++)
    entities[`k${i}`] = company(
      `k${i}`,
      'FR',
      i === n - 1
        ? [
            { holder: 'us', capital: 30, votingRights: 30 },
            { holder: 'fr', capital: 70, votingRights: 70 },
          ]
        : [{ holder: `k${i + 1}`, capital: 100, votingRights: 100 }],
    );
  const subs = [];
  for (let j = 0; j < s; j++) {
    entities[`s${j}`] = company(`s${j}`, 'FR', [{ holder: 'k0', capital: 100, votingRights: 100 }]);
    subs.push({ entity: `s${j}`, service: 'operations', technicalAccessToData: true });
  }
  entities.us = { name: 'US person', ...person('US') };
  entities.fr = { name: 'French person', ...person('FR') };
  entities.frp = { name: 'French owner', ...person('FR') };
  return { description: base(entities, { subcontractors: subs }), expected: { subcontractorAccess: 'fail', count: s } };
}

/**
 * s subcontractors, each a company held 60% by the bottom of a chain A of n companies and 40% by the bottom of a
 * chain B of n companies (both chains shared by all of them). Chain A's top is held 30% by a US person and 70% by a
 * French one; chain B's top 70% by another US person and 30% by a German one. Each subcontractor is held 18% by the
 * first US person (60% × 30%) and 28% by the second (40% × 70%): the second is above 24%, the two together (46%)
 * above 39%. Each has access to data and fails 19.6.c, held from outside the EU by both.
 */
export function partlyHeldSubcontractors(s, n) {
  const entities = {};
  entities.p = company('p', 'FR', [{ holder: 'frp', capital: 100, votingRights: 100 }]);
  for (const [chain, top] of [
    [
      'a',
      [
        { holder: 'usa', capital: 30, votingRights: 30 },
        { holder: 'fra', capital: 70, votingRights: 70 },
      ],
    ],
    [
      'b',
      [
        { holder: 'usb', capital: 70, votingRights: 70 },
        { holder: 'deb', capital: 30, votingRights: 30 },
      ],
    ],
  ])
    for (let i = 0; i < n; i++)
      entities[`${chain}${i}`] = company(
        `${chain}${i}`,
        'FR',
        i === n - 1 ? top : [{ holder: `${chain}${i + 1}`, capital: 100, votingRights: 100 }],
      );
  const subs = [];
  for (let j = 0; j < s; j++) {
    entities[`s${j}`] = company(`s${j}`, 'FR', [
      { holder: 'a0', capital: 60, votingRights: 60 },
      { holder: 'b0', capital: 40, votingRights: 40 },
    ]);
    subs.push({ entity: `s${j}`, service: 'operations', technicalAccessToData: true });
  }
  entities.usa = { name: 'US person A', ...person('US') };
  entities.fra = { name: 'French person A', ...person('FR') };
  entities.usb = { name: 'US person B', ...person('US') };
  entities.deb = { name: 'German person B', ...person('DE') };
  entities.frp = { name: 'French owner', ...person('FR') };
  return {
    description: base(entities, { subcontractors: subs }),
    expected: { subcontractorAccess: 'fail', count: s, holders: ['usb', 'usa'] },
  };
}
