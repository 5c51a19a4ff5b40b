// Input errors speak the language of the run: --lang fr, or a French locale, gives the schema's explanations in
// French with French typography; English stays as it was.
import { describe, expect, it } from 'vitest';
import { snc } from './run-bin.js';

const BAD =
  'snc: 1\nname: t\nprovider: p\nofer: { name: o }\nentities:\n  p: { type: company, registeredOffice: France, centralAdministration: FR, principalEstablishment: FR, shareholders: [{ holder: q, capital: 120 }] }\n  q: { type: person, nationality: 12 }\n';

describe('input errors in the chosen language', () => {
  it('explains schema errors in French with --lang fr and with a French locale', () => {
    const fr = snc(['check', '-', '--stdin-filename', 'offre.yaml', '--lang', 'fr'], {}, BAD);
    expect(fr.code).toBe(2);
    expect(fr.stderr.split('\n')).toEqual([
      'snc: offre.yaml:1:1: (document)\u00a0: il manque le champ obligatoire `offer`',
      'snc: offre.yaml:4:1: ofer\u00a0: champ inconnu (vouliez-vous dire `offer`\u202f?)',
      'snc: offre.yaml:6:23: entities.p.registeredOffice\u00a0: attendu un code pays ISO 3166-1 alpha-2, trouvé le texte "France" (vouliez-vous dire `FR` pour France\u202f?)',
      'snc: offre.yaml:6:132: entities.p.shareholders[0].capital\u00a0: attendu un pourcentage de 0 à 100, trouvé le nombre 120',
      'snc: offre.yaml:7:22: entities.q.nationality\u00a0: attendu un code pays ISO 3166-1 alpha-2, trouvé le nombre 12',
      '',
    ]);
    expect(snc(['check', '-', '--stdin-filename', 'offre.yaml'], { LANG: 'fr_FR.UTF-8' }, BAD).stderr).toBe(fr.stderr);
  });

  it('keeps them in English otherwise', () => {
    const en = snc(['check', '-', '--stdin-filename', 'offer.yaml'], {}, BAD);
    expect(en.stderr).toContain('snc: offer.yaml:4:1: ofer: unknown field (did you mean `offer`?)\n');
    expect(en.stderr).toContain(
      'entities.p.shareholders[0].capital: expected a percentage from 0 to 100, got the number 120\n',
    );
  });
});

// A description the schema accepts whose ids, dates, sums and schemes are wrong: the checks after the schema.
const WRONG_IDS = [
  'snc: 1',
  'name: t',
  'provider: cloud-co',
  'offer: { name: o, qualifications: [{ scheme: SecNumCloud 3.2, status: qualified, validUntil: 2027-02-30 }] }',
  'entities:',
  '  cloudco: { name: CloudCo SAS, type: company, registeredOffice: FR, shareholders: [{ holder: orange, capital: 70 }, { holder: orange, capital: 40 }] }',
  '  orange: { name: Orange SA, type: company, nationality: FR }',
  'sites:',
  '  - { id: paris-1, country: FR, operator: cloudcoo }',
  '  - { id: paris-1, country: FR }',
  'data:',
  '  - { kind: backups, storedAt: [paris1] }',
  'staff:',
  '  - { role: support, employer: Orange SA }',
  '',
].join('\n');

describe('errors of the checks after the schema, in the chosen language', () => {
  it('says in French what is wrong and which id was meant', () => {
    const fr = snc(['check', '-', '--stdin-filename', 'offre.yaml', '--lang', 'fr'], {}, WRONG_IDS);
    expect(fr.code).toBe(2);
    expect(fr.stderr.split('\n')).toEqual([
      'snc: offre.yaml:3:1: le fournisseur `cloud-co` n’est pas défini dans entities (vouliez-vous dire `cloudco`\u202f?)',
      'snc: offre.yaml:4:38: `SecNumCloud 3.2` n’est pas un référentiel que snc connaît (attendu l’un de secnumcloud, hds, eucs, bsi-c5, gaia-x, iso27001, iso27017, iso27018, iso27701, soc2, csa-star, pci-dss, en majuscules ou en minuscules)\u00a0: écrivez la version à part, `scheme: secnumcloud` et `version: "3.2"`',
      'snc: offre.yaml:4:82: `2027-02-30` n’est pas une date qui existe',
      'snc: offre.yaml:6:70: le capital des actionnaires totalise 110\u202f%, plus de 100\u202f%',
      'snc: offre.yaml:6:120: le détenteur `orange` figure deux fois parmi les actionnaires de `cloudco`',
      'snc: offre.yaml:7:45: `nationality` ne s’applique pas à une société\u00a0: une société se situe par `registeredOffice`, `centralAdministration` et `principalEstablishment`',
      'snc: offre.yaml:9:33: l’exploitant `cloudcoo` n’est pas défini dans entities (vouliez-vous dire `cloudco`\u202f?)',
      'snc: offre.yaml:10:7: l’identifiant de site `paris-1` est employé deux fois',
      'snc: offre.yaml:12:33: le site `paris1` n’est pas défini dans sites (vouliez-vous dire `paris-1`\u202f?)',
      'snc: offre.yaml:14:22: l’employeur `Orange SA` n’est pas défini dans entities (vouliez-vous dire `orange`\u202f?)',
      '',
    ]);
    expect(snc(['check', '-', '--stdin-filename', 'offre.yaml'], { LC_ALL: 'fr_FR.UTF-8' }, WRONG_IDS).stderr).toBe(
      fr.stderr,
    );
  });

  it('says it in English otherwise', () => {
    const en = snc(
      ['check', '-', '--stdin-filename', 'offer.yaml', '--lang', 'en'],
      { LANG: 'fr_FR.UTF-8' },
      WRONG_IDS,
    );
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      'snc: offer.yaml:3:1: provider `cloud-co` is not defined in entities (did you mean `cloudco`?)\n',
    );
    expect(en.stderr).toContain("snc: offer.yaml:6:70: the shareholders' capital adds up to 110%, over 100%\n");
    expect(en.stderr).toContain(
      'snc: offer.yaml:14:22: employer `Orange SA` is not defined in entities (did you mean `orange`?)\n',
    );
    expect(en.stderr).toContain(': write the version apart, `scheme: secnumcloud` and `version: "3.2"`\n');
  });

  it('names the source meant in French', () => {
    const text = [
      'snc: 1',
      'name: t',
      'provider: cloudco',
      'offer: { name: o }',
      'entities:',
      '  cloudco: { type: company, registeredOffice: FR, source: kbis }',
      'sources:',
      '  kbis-cloudco: { title: Kbis, issuer: Infogreffe, date: 2026-02-30 }',
      '',
    ].join('\n');
    const fr = snc(['check', '-', '--stdin-filename', 'offre.yaml', '--lang', 'fr'], {}, text);
    expect(fr.stderr.split('\n')).toEqual([
      'snc: offre.yaml:6:51: la source `kbis` n’est pas définie dans sources (vouliez-vous dire `kbis-cloudco`\u202f?)',
      'snc: offre.yaml:8:52: `2026-02-30` n’est pas une date qui existe',
      '',
    ]);
  });
});
