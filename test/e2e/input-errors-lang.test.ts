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
