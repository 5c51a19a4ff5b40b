// Generates a valid format-1 description of n companies: a layered ownership graph with cross-holdings, and sites,
// data flows, staff and subcontractors in proportion. Deterministic for a given n and seed.

import { rng } from './rng.mjs';

const EU = ['FR', 'DE', 'IT', 'ES', 'NL', 'BE', 'LU', 'IE', 'AT', 'PT', 'PL', 'SE', 'FI', 'DK', 'CZ'];
const NON_EU = ['US', 'GB', 'CH', 'CA', 'JP'];

/**
 * The YAML text of a description with n companies (n ≥ 1). Layer k holds about 3^k companies; each company is
 * owned by up to three companies of the next layer, one in twenty also by a company of its own layer (a
 * cross-holding, possibly a cycle), and the last layer by persons, States and public floats.
 */
export function generateDescription(n, seed = 1) {
  const r = rng(seed + n);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const country = () => (r() < 0.9 ? pick(EU) : pick(NON_EU));
  const layers = [];
  for (let next = 0, size = 1; next < n; size *= 3) {
    const count = Math.min(size, n - next);
    layers.push(Array.from({ length: count }, (_, i) => next + i));
    next += count;
  }
  const out = [];
  out.push(
    'snc: 1',
    `name: Generated offer with ${n} companies`,
    'profiles: [secnumcloud-3.2]',
    'dataSensitivity: sensitive',
  );
  out.push('provider: c0', 'offer:', '  name: Generated IaaS', '  serviceModel: iaas', '  qualifications:');
  out.push('    - { scheme: secnumcloud, version: "3.2", status: qualified, validUntil: 2028-06-30 }');
  out.push('entities:');
  const persons = Math.max(1, Math.ceil(n / 10));
  for (let L = 0; L < layers.length; L++) {
    for (const i of layers[L]) {
      const c = i === 0 ? 'FR' : country();
      out.push(`  c${i}:`, `    name: "Company ${i} SAS"`, '    type: company');
      out.push(
        `    registeredOffice: ${c}`,
        `    centralAdministration: ${c}`,
        `    principalEstablishment: ${r() < 0.97 ? c : country()}`,
      );
      const holders = [];
      const upper = layers[L + 1];
      if (upper) {
        const k = 1 + Math.floor(r() * 3);
        for (let j = 0; j < k; j++) holders.push(`c${upper[Math.floor(r() * upper.length)]}`);
      } else {
        const k = 1 + Math.floor(r() * 3);
        for (let j = 0; j < k; j++)
          holders.push(r() < 0.8 ? `p${Math.floor(r() * persons)}` : r() < 0.5 ? 'state-fr' : 'float');
      }
      if (r() < 0.05 && layers[L].length > 1) holders.push(`c${pick(layers[L])}`);
      const unique = [...new Set(holders)].filter((h) => h !== `c${i}`);
      if (unique.length === 0) continue;
      out.push('    shareholders:');
      let left = 100;
      unique.forEach((h, j) => {
        const share = j === unique.length - 1 ? left : Math.max(1, Math.floor(left * (0.3 + r() * 0.5) * 100) / 100);
        left = Math.round((left - share) * 100) / 100;
        const votes = Math.min(share, 100);
        out.push(`      - { holder: ${h}, capital: ${share}, votingRights: ${votes} }`);
      });
    }
  }
  for (let p = 0; p < persons; p++)
    out.push(`  p${p}: { name: "Person ${p}", type: person, nationality: ${country()}, residence: ${country()} }`);
  out.push('  state-fr: { name: République française, type: state, country: FR }');
  out.push('  float: { name: Public float, type: public-float }');

  const sites = Math.max(1, Math.ceil(n / 10));
  out.push('sites:');
  for (let s = 0; s < sites; s++)
    out.push(
      `  - { id: site-${s}, country: ${r() < 0.95 ? pick(EU) : pick(NON_EU)}, operator: c${Math.floor(r() * n)} }`,
    );
  out.push('data:');
  const kinds = ['customer-content', 'backups', 'technical-data', 'logs', 'billing'];
  for (let d = 0; d < Math.max(1, Math.ceil(n / 10)); d++) {
    const a = `site-${Math.floor(r() * sites)}`;
    const b = `site-${Math.floor(r() * sites)}`;
    out.push(`  - kind: ${kinds[d % kinds.length]}`, `    storedAt: [${a}]`, `    processedAt: [${b}]`);
  }
  out.push('  - { kind: telemetry, sentTo: c0, containsCustomerData: false }');
  out.push('staff:');
  const roles = ['administration', 'supervision', 'support'];
  for (let s = 0; s < Math.max(1, Math.ceil(n / 20)); s++) {
    const role = roles[s % 3];
    out.push(`  - role: ${role}`, `    employer: c${Math.floor(r() * n)}`, `    locatedIn: [${pick(EU)}]`);
    if (role === 'support') out.push('    accessToCustomerData: false', '    documented: true');
  }
  out.push('subcontractors:');
  for (let s = 0; s < Math.max(1, Math.ceil(n / 50)); s++)
    out.push(
      `  - entity: c${Math.floor(r() * n)}`,
      `    service: "service ${s}"`,
      '    technicalAccessToData: false',
      `    autonomy: { ownSkills: true, alternatives: ${s % 3} }`,
      `    qualified: ${s % 2 === 0}`,
    );
  out.push('certificates: { authorityCountry: FR }');
  out.push('contract:', '  governingLaw: FR', '  statesQualification: true', '  changeNoticeDays: 30');
  return out.join('\n') + '\n';
}
