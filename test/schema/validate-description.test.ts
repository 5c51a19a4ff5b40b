// Validation builds the holdings graph once and hands it on: the ownership analysis reads that graph, not a second one.
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../src/load/read-yaml.js';
import { deriveFacts } from '../../src/model/facts.js';
import { buildGraph } from '../../src/model/ownership/graph.js';
import { validateDescription } from '../../src/schema/validate-description.js';
import { BUILTIN_READING } from '../model/ownership/reading.js';

const TEXT = `snc: 1
name: t
provider: p
offer: { name: o }
entities:
  p:
    type: company
    registeredOffice: FR
    centralAdministration: FR
    principalEstablishment: FR
    shareholders: [{ holder: us, capital: 30, votingRights: 30 }, { holder: fr, capital: 70, votingRights: 70 }]
    specialRights: []
  us: { type: person, nationality: US, residence: US }
  fr: { type: person, nationality: FR, residence: FR }
`;

describe('the holdings graph of a valid description', () => {
  const { description, holdings } = validateDescription(parseYamlSource('t.yaml', TEXT, ''));

  it('is built from the description validation returns, its entities in document order', () => {
    expect(holdings.ids).toEqual(['p', 'us', 'fr']);
    expect(holdings.entities[0]).toBe(description.entities.p);
    expect(holdings.holdings[0]!.map((h) => [holdings.ids[h.holder], h.capital])).toEqual([
      ['us', 0.3],
      ['fr', 0.7],
    ]);
  });

  it('is what the ownership analysis reads: the same report as from a graph of its own', () => {
    const given = deriveFacts(description, '2026-11-23', BUILTIN_READING, holdings);
    const own = deriveFacts(description, '2026-11-23', BUILTIN_READING);
    expect(given.ownership('p')).toEqual(own.ownership('p'));
    expect(given.foreignControl('p')).toEqual(own.foreignControl('p'));
    expect(given.foreignControl('p').status).toBe('yes');
  });

  it('is read as given, not built again', () => {
    const smaller = structuredClone(description);
    smaller.entities.p!.shareholders = [
      { holder: 'us', capital: 10, votingRights: 10 },
      { holder: 'fr', capital: 90, votingRights: 90 },
    ];
    const facts = deriveFacts(description, '2026-11-23', BUILTIN_READING, buildGraph(smaller));
    expect(facts.foreignControl('p').status).toBe('no');
  });
});
