// One set of thresholds: a pack that tightens 19.6.b's 24% to 10% changes the provider's verdict, every third
// party's foreign control (19.6.c) and the figures of snc ownership.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, ownershipOf } from '../../src/api.js';

const PACK = 'fixtures/packs/ten-percent.yaml';
// The provider and its one subcontractor (with access to data) are each held 15% by a US person: above 10%, below 24%.
const description = {
  snc: 1,
  name: 'fifteen percent',
  provider: 'p',
  offer: { name: 'offer' },
  entities: {
    p: {
      name: 'P',
      type: 'company',
      registeredOffice: 'FR',
      centralAdministration: 'FR',
      principalEstablishment: 'FR',
      shareholders: [
        { holder: 'us', capital: 15, votingRights: 15 },
        { holder: 'fr', capital: 85, votingRights: 85 },
      ],
      specialRights: [],
    },
    s: {
      name: 'S',
      type: 'company',
      registeredOffice: 'FR',
      centralAdministration: 'FR',
      principalEstablishment: 'FR',
      shareholders: [
        { holder: 'us', capital: 15, votingRights: 15 },
        { holder: 'fr', capital: 85, votingRights: 85 },
      ],
      specialRights: [],
    },
    us: { name: 'US person', type: 'person', nationality: 'US', residence: 'US' },
    fr: { name: 'FR person', type: 'person', nationality: 'FR', residence: 'FR' },
  },
  subcontractors: [{ entity: 's', service: 'operations', technicalAccessToData: true }],
};
const dir = mkdtempSync(join(tmpdir(), 'snc-thresholds-'));
const file = join(dir, 'offer.yaml');
writeFileSync(file, JSON.stringify(description));
const status = (rulePacks: string[], rule: string) =>
  check([file], { date: '2026-11-23', rulePacks }).results.find((r) => r.ruleId === rule)?.status;

describe('thresholds from the loaded packs', () => {
  it('judges the provider by the pack’s 10% besides the built-in 24%', () => {
    expect(status([], 'SNC-19.6-CAPITAL-INDIVIDUAL')).toBe('pass');
    expect(status([PACK], 'SNC-19.6-CAPITAL-INDIVIDUAL')).toBe('pass');
    expect(status([PACK], 'ORG-FOREIGN-HOLDER-10')).toBe('fail');
  });

  it('reads a third party held 15% from outside the EU as foreign-controlled under the pack only (19.6.c)', () => {
    expect(status([], 'SNC-19.6-SUBCONTRACTOR-ACCESS')).toBe('pass');
    expect(status([PACK], 'SNC-19.6-SUBCONTRACTOR-ACCESS')).toBe('fail');
  });

  it('gives snc ownership the pack’s bar', () => {
    expect(ownershipOf(file, { date: '2026-11-23' }).thresholds.individual.max).toBe(24);
    const tight = ownershipOf(file, { date: '2026-11-23', rulePacks: [PACK] });
    expect(tight.thresholds).toMatchObject({ individual: { max: 10 }, collective: { max: 39 } });
  });
});
