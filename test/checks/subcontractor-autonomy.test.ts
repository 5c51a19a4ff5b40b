// subcontractor-autonomy (19.6.d): qualified, or own skills, or at least minAlternatives alternatives.
import { describe, expect, it } from 'vitest';
import { subcontractorAutonomy } from '../../src/checks/subcontractor-autonomy.js';
import type { Subcontractor } from '../../src/model/description.js';
import { contextFor } from './context.js';

const one = (s: Partial<Subcontractor>, params = {}) =>
  subcontractorAutonomy.run(params, contextFor({ subcontractors: [{ entity: 'us', ...s }] }))[0]!;

describe('subcontractor-autonomy', () => {
  it('passes a qualified third party, or one the provider can do without', () => {
    expect(one({ qualified: true })).toMatchObject({
      status: 'pass',
      message: { id: 'subcontractor-autonomy.pass-qualified' },
    });
    expect(one({ qualified: false, autonomy: { ownSkills: true } })).toMatchObject({
      status: 'pass',
      message: { id: 'subcontractor-autonomy.pass-own-skills' },
    });
  });

  it('needs at least two alternatives by default: 2 passes, 1 fails', () => {
    expect(one({ qualified: false, autonomy: { ownSkills: false, alternatives: 2 } })).toMatchObject({
      status: 'pass',
      message: { values: { count: 2, min: 2 } },
    });
    expect(one({ qualified: false, autonomy: { ownSkills: false, alternatives: 1 } })).toMatchObject({
      status: 'fail',
      subject: '/subcontractors/0/autonomy',
    });
  });

  it('follows minAlternatives', () => {
    expect(
      one({ qualified: false, autonomy: { ownSkills: false, alternatives: 2 } }, { minAlternatives: 3 }).status,
    ).toBe('fail');
    expect(
      one({ qualified: false, autonomy: { ownSkills: false, alternatives: 1 } }, { minAlternatives: 1 }).status,
    ).toBe('pass');
  });

  it('is unknown, naming the missing facts, rather than failing on what is not said', () => {
    expect(one({ qualified: false })).toMatchObject({
      status: 'unknown',
      message: { values: { fields: { terms: ['field.ownSkills', 'field.alternatives'] } } },
    });
    expect(one({ autonomy: { ownSkills: false, alternatives: 0 } })).toMatchObject({
      status: 'unknown',
      message: { values: { fields: { terms: ['field.qualified'] } } },
    });
    expect(one({ autonomy: { alternatives: 5 } }).status).toBe('pass');
  });
});
