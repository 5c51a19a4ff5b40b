// Textes français de snc, par identifiant de message : les mêmes clés que en.ts, ni plus ni moins.

import type { MessageId } from './en.js';

export const fr: Record<MessageId, string> = {
  // — statuts, familles, sévérités
  'status.pass': 'conforme',
  'status.fail': 'non conforme',
  'status.unknown': 'indéterminé',
  'status.not-applicable': 'non applicable',
  'status.waived': 'dérogation',
  'severity.error': 'erreur',
  'severity.warning': 'avertissement',
  'severity.info': 'information',
  'family.jurisdiction': 'Juridiction',
  'family.ownership': 'Capital et contrôle',
  'family.location': 'Localisation des données',
  'family.staff': 'Personnel et administration',
  'family.subcontracting': 'Sous-traitance',
  'family.isolation': 'Cloisonnement',
  'family.keys': 'Chiffrement et clés',
  'family.contract': 'Contrat',
  'family.certification': 'Qualification',

  // — rapport texte
  'report.summary': '{total} résultats : {pass} conformes, {fail} non conformes, {unknown} indéterminés, {notApplicable} non applicables, {waived} dérogations',
  'report.compliant': 'Conforme',
  'report.not-compliant': 'Non conforme',
  'report.column.status': 'Statut',
  'report.column.clause': 'Exigence',
  'report.column.rule': 'Règle',
  'report.column.finding': 'Constat',
  'report.column.location': 'Emplacement',
  'report.evaluated': '{name} — {file}, évalué le {date} selon {profiles}',

  // — terms: field names and other words that messages list ({ terms: [...] })
  'term.registeredOffice': 'siège statutaire',
  'term.centralAdministration': 'administration centrale',
  'term.principalEstablishment': 'principal établissement',
  'term.nationality': 'nationalité',
  'term.residence': 'résidence',
  'term.country': 'pays',
  'term.type': "type d'entité",

  'engine.nothing-to-judge': 'Rien dans la description que cette règle puisse évaluer',

  // — checks (issue 2 and later): add each check's messages below, in the same order as en.ts
  'entity-seats.pass': '{entity} a son siège statutaire, son administration centrale et son principal établissement en {countries}, dans la zone exigée',
  'entity-seats.fail': '{entity} : {fields} hors de la zone exigée, en {countries}',
  'entity-seats.unknown': '{entity} : {fields} non renseigné(s), ses sièges ne peuvent être situés',
};
