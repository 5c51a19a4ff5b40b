// English texts of snc, keyed by message id: the reference catalogue that fr.ts must match key for key.

export const en = {
  // — statuses, families, severities
  'status.pass': 'pass',
  'status.fail': 'fail',
  'status.unknown': 'unknown',
  'status.not-applicable': 'not applicable',
  'status.waived': 'waived',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
  'family.jurisdiction': 'Jurisdiction',
  'family.ownership': 'Ownership and control',
  'family.location': 'Data location',
  'family.staff': 'Staff and administration',
  'family.subcontracting': 'Subcontracting',
  'family.isolation': 'Isolation',
  'family.keys': 'Encryption and keys',
  'family.contract': 'Contract',
  'family.certification': 'Certification',

  // — text report
  'report.summary': '{total} results: {pass} passed, {fail} failed, {unknown} unknown, {notApplicable} not applicable, {waived} waived',
  'report.compliant': 'Compliant',
  'report.not-compliant': 'Not compliant',
  'report.column.status': 'Status',
  'report.column.clause': 'Clause',
  'report.column.rule': 'Rule',
  'report.column.finding': 'Finding',
  'report.column.location': 'Location',
  'report.evaluated': '{name} — {file}, evaluated on {date} against {profiles}',

  // — terms: field names and other words that messages list ({ terms: [...] })
  'term.registeredOffice': 'registered office',
  'term.centralAdministration': 'central administration',
  'term.principalEstablishment': 'principal establishment',
  'term.nationality': 'nationality',
  'term.residence': 'residence',
  'term.country': 'country',
  'term.type': 'entity type',

  'engine.nothing-to-judge': 'Nothing in the description for this rule to judge',

  // — checks (issue 2 and later): add each check's messages below, in the same order in fr.ts
  'entity-seats.pass': '{entity} has its registered office, central administration and principal establishment in {countries}, inside the required area',
  'entity-seats.fail': '{entity}: {fields} outside the required area, in {countries}',
  'entity-seats.unknown': '{entity}: {fields} not given, so its seats cannot be placed',
} as const;

export type MessageId = keyof typeof en;
