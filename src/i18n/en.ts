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
  'family.service': 'Service to the customer',
  'family.privacy': 'Personal data',
  'family.certification': 'Certification',

  // — text report
  'report.summary':
    '{total, plural, one {# result} other {# results}}: {pass, number} passed, {fail, number} failed, {unknown, number} unknown, {notApplicable, number} not applicable, {waived, number} waived',
  'report.compliant': 'Compliant',
  'report.not-compliant': 'Not compliant',
  'report.not-judged': 'Not judged',
  'report.column.status': 'Status',
  'report.column.clause': 'Clause',
  'report.column.rule': 'Rule',
  'report.column.finding': 'Finding',
  'report.evaluated': '{name} — {file}, evaluated on {date} against {profiles}',

  // — snc init: the comment at the top of the starting description
  'init.header':
    'A starting description for snc, input format 1. Each commented-out field is a fact to give: remove the "# " in front of it and write the real value; ids in the examples (parent-company, subcontractor…) stand for entities to list under entities. A fact left out is judged unknown, never as met: run `snc check` on this file to see the facts still to provide. Clauses are those of the SecNumCloud 3.2 referential (ANSSI, 8 March 2022).',

  // — reports: markdown, html, sarif, junit and github formats
  'report.title': 'SecNumCloud 3.2 and Cloud de Confiance readiness report',
  'report.section.findings': 'Requirements not met',
  'report.section.passed': 'Requirements met',
  'report.field.file': 'File',
  'report.field.sha256': 'SHA-256 of the file',
  'report.field.provider': 'Provider',
  'report.field.profiles': 'Profiles',
  'report.field.evaluation-date': 'Evaluation date',
  'report.field.generated-at': 'Generated at',
  'report.field.tool': 'Tool',
  'report.unknown-blocks': 'block compliance',
  'report.unknown-allowed': 'do not block compliance (`--allow-unknown`)',
  'report.verdict-compliant': 'Every applicable requirement that was judged is met or waived.',
  'report.verdict-compliant-known':
    'No finding new since the baseline gates: what is not met is known from the baseline, waived, or below the blocking severity.',
  'report.verdict-not-compliant':
    'At least one requirement is not met, or cannot be judged for lack of facts, at or above the blocking severity.',
  'report.verdict-not-judged':
    'No rule of the profiles judged applies to this file: it was not judged, and snc exits with code 2. Judge it against the profiles the offer is meant for.',
  'report.verdict.compliant':
    'Compliant with {profiles} at --fail-on {failOn}{allowUnknown, select, true { --allow-unknown} other {}}',
  'report.verdict.not-compliant':
    'Not compliant with {profiles} at --fail-on {failOn}{allowUnknown, select, true { --allow-unknown} other {}}',
  'report.verdict.not-judged': 'Not judged: no rule of {profiles} applies to this file',
  'report.verdict.several':
    'Over {files, plural, one {# file} other {# files}}: {compliant, number} compliant, {notCompliant, number} not compliant, {notJudged, number} not judged',
  'report.not-met.error': '{count, plural, one {# error} other {# errors}} not met',
  'report.not-met.warning': '{count, plural, one {# warning} other {# warnings}} not met',
  'report.not-met.info': '{count, plural, one {# info-level requirement} other {# info-level requirements}} not met',
  'report.github.more':
    '{count, plural, one {# more annotation is} other {# more annotations are}} left out (GitHub shows {limit, number} of each level per step): every finding is in the {reports} report this run writes',
  'report.github.more-no-report':
    '{count, plural, one {# more annotation is} other {# more annotations are}} left out (GitHub shows {limit, number} of each level per step): add --format sarif=FILE or json=FILE to keep every finding',
  'report.summary-more':
    '{count, plural, one {# more finding is} other {# more findings are}} in the SARIF or JSON report',
  'report.summary-cut': 'The summary is cut here: the SARIF or JSON report holds every finding.',
  'report.does-not-gate': 'Not met, of severity {severity}: below --fail-on, it does not gate.',
  'report.unknown-let-through': 'Cannot be judged, facts missing: --allow-unknown lets it through, it does not gate.',
  'report.verdict-line': '{head}: {notMet} — {counts}',
  'report.all-met': 'every applicable requirement met',
  'report.label.finding': 'Finding',
  'report.label.location': 'Where',
  'report.label.evidence': 'Evidence',
  'report.label.rationale': 'Why it matters',
  'report.label.remediation': 'What to do',
  'report.label.severity': 'Severity',
  'report.no-score': 'n/a',
  'report.unknown-message': 'Cannot judge, facts missing: {message}',
  'report.waived-message': 'Waived: {message}',
  'report.labelled': '{label}: {value}',
  'report.document-title': 'SecNumCloud readiness of {offer}',
  'report.field.offer': 'Offer',
  'report.profile.secnumcloud-3.2': 'SecNumCloud 3.2',
  'report.profile.cloud-de-confiance': 'Cloud de Confiance',
  'report.profile.hds': 'HDS (health data)',
  'report.glance':
    '{notMet, plural, one {# requirement is not met} other {# requirements are not met}}, {toProvide, plural, one {# needs facts to be judged} other {# need facts to be judged}}, {met, number} met.',
  'report.toc': 'Contents',
  'report.section.facts': 'Facts to provide',
  'report.section.waivers': 'Waivers and attestations',
  'report.section.provenance': 'Appendix: what was judged, and with what',
  'report.section.file': 'File {file}',
  'report.section.ownership-short': 'Who holds the provider (19.6.b)',
  'report.rule-meta': 'severity: {severity}',
  'report.label.what-to-do': 'What to do',
  'report.facts-intro':
    'Each item is a fact the description does not give: until it is given, the requirement cannot be judged, and it counts against the verdict unless `--allow-unknown` is set.',
  'report.nothing-not-met': 'Every applicable requirement that was judged is met or waived.',
  'report.nothing-to-provide': 'No fact is missing.',
  'report.to-attest': 'To be attested by an auditor',
  'report.to-attest-what':
    'An auditor judges each one and records the verdict in an attestations file (`--attestations`); until one holds, it stays unknown.',
  'report.no-waivers': 'No waiver or attestation applies.',
  'report.nothing-met': 'No requirement is met yet.',
  'report.column.family': 'Family',
  'report.column.score': 'Score',
  'report.column.requirement': 'Requirement',
  'report.column.subjects': 'Subjects',
  'report.subjects': '{count, plural, one {# subject} other {# subjects}}',
  'report.met-family': '{family}: {count, plural, one {# rule} other {# rules}} met — {clauses}',
  'report.not-applicable-list': 'Not applicable to this description: {rules}.',
  'report.chart.title': 'Score by family: the share of applicable verdicts that are met or waived',
  'report.chart.pass': 'met',
  'report.chart.waived': 'waived',
  'report.chart.unknown': 'facts missing',
  'report.chart.fail': 'not met',
  'report.chart.score': '{score} ({met} of {applicable})',
  'report.field.packs-one': 'Rule pack',
  'report.provenance.attestations': 'Attestations file',
  'report.provenance.waivers': 'Waivers file',
  'report.provenance.baseline': 'Baseline',
  'report.provenance.configuration': 'Configuration',
  'report.provenance.source': 'Source document',
  'report.field.options': 'Options',
  'report.options': 'blocking from severity {failOn}; unknown verdicts {unknownPolicy}',
  'ownership.graph.title': 'Who holds {entity}',
  'ownership.graph.outside': 'outside the EU: {countries}',
  'ownership.graph.unplaced': 'not placed',
  'ownership.graph.public-float': 'public float',
  'ownership.graph.eu': 'EU',
  'ownership.graph.edge-votes': '{capital} (votes {votes})',
  'ownership.graph.legend-outside': 'holder outside the EU',
  'ownership.graph.legend-control': 'chain of control (L.233-3)',
  'ownership.graph.describe-edge': '{holder} holds {share} of {held}',
  'ownership.graph.describe-edge-undisclosed': '{holder} holds an undisclosed stake in {held}',
  'ownership.graph.more':
    '{count, plural, one {# more holder is} other {# more holders are}} left out of the picture: {share} of the capital together; snc ownership lists them all.',

  // — terms: field names and other words that messages list ({ terms: [...] })
  'term.registeredOffice': 'registered office',
  'term.centralAdministration': 'central administration',
  'term.principalEstablishment': 'principal establishment',
  'term.nationality': 'nationality',
  'term.residence': 'residence',
  'term.country': 'country',
  'term.type': 'entity type',

  // — snc rules show
  'rules.label.clause': 'Clause',
  'rules.label.family': 'Family',
  'rules.label.severity': 'Severity',
  'rules.label.pack': 'Pack',
  'rules.label.check': 'Check',
  'rules.label.rationale': 'Rationale',
  'rules.label.remediation': 'Remediation',
  'rules.heading': '{label}:',
  'rules.label.notes': 'Sources and notes (for auditors)',
  'rules.function.required': 'required',
  'rules.function.one-of': 'one of {values}',
  'rules.function.default': 'default {value}',
  'rules.function.described': ': {text}',
  'rules.function.type.integer': 'whole number',
  'rules.function.type.number': 'number',
  'rules.function.type.string': 'text',
  'rules.function.type.boolean': 'boolean',
  'rules.function.type.array': 'list',
  'rules.function.type.object': 'mapping',

  'engine.nothing-to-judge': 'Nothing in the description for this rule to judge',

  // — checks: add each check's messages below, in the same order in fr.ts
  'entity-seats.pass':
    '{entity} has its registered office, central administration and principal establishment in {countries}, inside the required area',
  'entity-seats.fail': '{entity}: {fields} outside the required area, in {countries}',
  'entity-seats.unknown': '{entity}: {fields} not given, so its seats cannot be placed',

  // — ownership: capital and control, 19.6.b — the checks, their details, and `snc ownership`
  'term.measure.capital': 'capital',
  'term.measure.votingRights': 'voting rights',
  'term.reading.economic': 'economic',
  'term.reading.control': 'control',
  'term.right.veto': 'a veto right',
  'term.right.golden-share': 'a golden share',
  'term.right.board-majority': 'the power to appoint the majority of the board',
  'term.right.other': 'a special right',
  'term.entity.company': 'company',
  'term.entity.person': 'person',
  'term.entity.state': 'State',
  'term.entity.fund': 'fund',
  'term.entity.public-float': 'public float',
  'term.control.majority': 'majority of the voting rights',
  'term.control.presumption': 'more than 40% of the voting rights, no other holder above',
  'term.control.board-majority': 'power to appoint the majority of the board',
  'term.jurisdiction.eu': 'EU',
  'term.jurisdiction.non-eu': 'outside the EU',
  'term.jurisdiction.unknown': 'not placed',
  'term.jurisdiction.public-float': 'public float (L.233-7)',
  'foreign-holding-max.individual.pass':
    '{provider}: no single holder outside the EU holds more than {max} of its {measures}, directly or indirectly; the most one holds or could hold is {share}',
  'foreign-holding-max.individual.fail':
    '{holder}, outside the EU, holds {share} of the {measure} of {provider} ({reading} reading), more than the maximum of {max}',
  'foreign-holding-max.individual.unknown-none':
    '{provider}: no holder outside the EU is known, but one could hold up to {upTo} of its {measure} through holdings the description leaves unexplained, more than the maximum of {max}',
  'foreign-holding-max.individual.unknown-undisclosed':
    '{provider}: {holder}, outside the EU, holds a stake in its {measure}, directly or through the companies it holds, that is not known as a figure: at least {known}, and up to {upTo} counting the holdings the description leaves unexplained, more than the maximum of {max}',
  'foreign-holding-max.individual.unknown':
    '{provider}: on the known facts the largest holder outside the EU has {known} of its {measure}, but one could reach {upTo} through holdings the description leaves unexplained, more than the maximum of {max}',
  'foreign-holding-max.collective.pass':
    '{provider}: holders outside the EU together hold or could hold at most {share} of its {measures}, within the maximum of {max}',
  'foreign-holding-max.collective.fail':
    'Holders outside the EU together hold {share} of the {measure} of {provider} ({reading} reading), more than the maximum of {max}',
  'foreign-holding-max.collective.unknown':
    '{provider}: holders outside the EU together hold {known} of its {measure} on the known facts, but could hold {upTo} through holdings the description leaves unexplained, more than the maximum of {max}',
  'foreign-holding-max.collective.unknown-undisclosed':
    '{provider}: holders outside the EU together hold {known} of its {measure} on the known facts, and could hold {upTo} counting what the description leaves unexplained, more than the maximum of {max}; {holder} is listed among the shareholders of {held} with a stake {stake, select, undisclosed {that is not disclosed, from {from} up to what the other holders leave of 100%} other {known only as {from} to {to}}}',
  'foreign-holding-max.not-applicable': '{provider} is a {type}: it has no capital or voting rights to be held',
  'foreign-veto.pass': '{provider}: no veto over it, or over an entity that controls it, is held from outside the EU',
  'foreign-veto.fail': '{holder} holds {right} over {entity}, and is outside the EU or controlled from there ({via})',
  'foreign-veto.unknown': '{provider}: whether a holder outside the EU has a veto over it cannot be established',
  'foreign-veto.not-applicable': '{provider} is a {type}: there is no company whose decisions could be vetoed',
  'foreign-board-majority.pass':
    '{provider}: no holder outside the EU controls it or can appoint the majority of its board, or of the board of an entity that controls it',
  'foreign-board-majority.fail-control':
    '{provider} is controlled from outside the EU, through the chain of control {chain} ({basis}): {via}, outside the EU, can appoint the majority of its board',
  'foreign-board-majority.fail-right':
    '{holder} holds {right} over {entity}, and is outside the EU or controlled from there ({via})',
  'foreign-board-majority.unknown':
    '{provider}: whether a holder outside the EU can appoint the majority of its board cannot be established',
  'foreign-board-majority.not-applicable': '{provider} is a {type}: it has no board',
  'ownership.detail.holder':
    '{holder}: {economic} of the {measure} in the economic reading, {control} in the control reading',
  'ownership.detail.path': '{path} = {share}',
  'ownership.detail.path-control': '{path} = {share} (control reading)',
  'ownership.detail.other-paths': '… and {share} through cross-holdings or further paths',
  'ownership.detail.counted': '{holder}: {share} of the {measure} counted in the non-EU total',
  'ownership.detail.more-holders':
    '… and {count, plural, one {# more holder} other {# more holders}} outside the EU, {share} together',
  'ownership.detail.remainder':
    '{entity}: {missing} of its {measure} is not accounted for by its listed shareholders ({share} of {provider})',
  'ownership.detail.range':
    '{entity}: {holder} holds between {min} and {max} of its {measure}; {min} is counted, and the rest, up to {max}, is left unexplained (maybe held from outside the EU)',
  'ownership.detail.undisclosed':
    '{entity}: {holder} holds an undisclosed part of its {measure}, from {min} up to what the other holders leave of 100%; left unexplained (maybe held from outside the EU)',
  'ownership.range': '{min}–{max}',
  'ownership.stake-undisclosed': 'undisclosed',
  'ownership.range-undisclosed': '{min}–{max}, undisclosed',
  'ownership.detail.measure-missing': '{entity}: {holders} listed without {measure}',
  'ownership.detail.no-shareholders':
    '{entity}: no shareholders listed, so who ultimately holds its {share} of {provider} is unknown',
  'ownership.detail.jurisdiction-unknown':
    '{entity}: {fields} not given, so its {share} of {provider} cannot be placed inside or outside the EU',
  'ownership.detail.control-undetermined':
    '{entity}: its listed voting rights do not settle who controls it, so its {share} of {provider} (control reading) could go to a holder outside the EU',
  'ownership.detail.rights-not-given':
    '{entity}: special rights not given (write `specialRights: []` when there are none)',
  'ownership.detail.control-open':
    '{entity}: who controls it is not settled by the description, so the rights over its controllers cannot be seen',
  'ownership.detail.right-holder-unknown':
    '{holder} holds {right} over {entity}, and whether it is outside the EU or controlled from there is unknown: {missing} not given',
  'ownership.detail.right-outside':
    '{holder} holds {right} over {entity}, and is outside the EU or controlled from there ({via})',
  'ownership.detail.missing': 'Not given: {missing}',
  'ownership.title': 'Ownership and control of {entity} — {file}, on {date}',
  'ownership.not-applicable': '{entity} is a {type}: it has no capital or voting rights to be held',
  'ownership.section.holders': 'Holders: ultimate holders, and intermediate companies outside the EU or not placed',
  'ownership.section.figures': 'What 19.6.b judges (the stricter of the two readings)',
  'ownership.section.paths': 'Why: the paths that make up each share held from outside the EU',
  'ownership.section.unexplained': 'What the description leaves unexplained',
  'ownership.section.control': 'Control (Code de commerce L.233-3)',
  'ownership.section.rights': 'Special rights over {entity} and the entities that control it',
  'ownership.column.holder': 'Holder',
  'ownership.column.type': 'Type',
  'ownership.column.jurisdiction': 'Jurisdiction',
  'ownership.column.capital-economic': 'Capital, economic',
  'ownership.column.capital-control': 'Capital, control',
  'ownership.column.votes-economic': 'Votes, economic',
  'ownership.column.votes-control': 'Votes, control',
  'ownership.explained':
    'Accounted for by ultimate holders (economic reading): {capital} of the capital, {votes} of the voting rights',
  'ownership.figure.individual':
    'Largest single holder outside the EU, {measure}: {known}{holder}; at most {upTo} counting the unexplained holdings (maximum {max})',
  'ownership.figure.collective':
    'Holders outside the EU together, {measure}: {known}; at most {upTo} counting the unexplained holdings (maximum {max})',
  'ownership.figure.holder': ' ({holder}, {reading} reading)',
  'ownership.legend': '→ n% X: holds n% of X. ⇒ X: controls X (L.233-3) and is attributed its whole stake.',
  'ownership.paths.holder':
    '{holder}: capital {capital}, voting rights {votes} (economic); capital {capitalControl}, voting rights {votesControl} (control)',
  'ownership.paths.path-measure': '{path} = {share} of the {measure}',
  'ownership.paths.path-both': '{path} = {capital} of the capital, {votes} of the voting rights',
  'ownership.paths.control': '(control reading)',
  'path.omitted': '→ … {count, plural, one {# more link} other {# more links}} …',
  'ownership.paths.unlisted':
    '{capital} of the capital, {votes} of the voting rights through paths not listed (paths are searched for the largest holders first, within a bounded effort)',
  'ownership.paths.other':
    '… and {capital} of the capital, {votes} of the voting rights through cross-holdings or further paths',
  'ownership.control.controlled':
    '{entity} is controlled by {controller} ({basis}, {votes} of the voting rights), through the chain of control {chain}',
  'ownership.control.joint':
    '{entity} is jointly controlled by {holders} (each more than 40% of the voting rights, none above the other); the stricter reading attributes control to {controller}',
  'ownership.control.uncontrolled':
    'No one controls {entity}: no majority of the voting rights, no holder above 40% alone, no board-majority right',
  'ownership.control.undetermined': 'Who controls {entity} is not settled by the description',
  'ownership.control.outside': 'Controlled from outside the EU through {via}',
  'ownership.right': '{holder} holds {right} over {entity}: {status}',
  'ownership.right.eu': 'inside the EU',
  'ownership.right.non-eu': 'outside the EU or controlled from there ({via})',
  'ownership.right.unknown': 'cannot be placed ({missing} not given)',
  'ownership.rights-not-given': '{entities}: special rights not given (write `specialRights: []` when there are none)',
  'ownership.none': 'None.',

  // — rules: checks of 19.1, 19.2, 19.6.a/c/d/f, 9.7.d, 10.6.a, the qualification and HDS EXI 28–29
  'term.area-eu': 'European Union',
  'term.area-eea': 'European Economic Area',
  'term.data.customer-content': 'customer content',
  'term.data.backups': 'backups',
  'term.data.technical-data': 'technical data',
  'term.data.logs': 'logs',
  'term.data.telemetry': 'telemetry',
  'term.data.billing': 'billing',
  'term.place.stored': 'stored',
  'term.place.processed': 'processed',
  'term.place.sent': 'sent',
  'term.role.administration': 'administration',
  'term.role.supervision': 'supervision',
  'term.role.support': 'support',
  'term.clause.changesNeedCustomerAcceptance': 'that any change to the agreement needs the customer’s acceptance',
  'term.clause.responsibilities':
    'the obligations, rights and responsibilities of each party (provider, third parties, customer)',
  'term.clause.exclusions':
    'what is explicitly excluded from the provider’s responsibilities, within what the law (GDPR art. 28) allows',
  'term.clause.serviceLocation': 'the location of the service, and of support when it is given from outside the EU',
  'term.clause.lawfulProcessing':
    'that data is collected, handled, stored and processed under the law in force in every phase (pre-sales, set-up, maintenance, shutdown)',
  'term.clause.nonEuLawRiskOnRequest':
    'that the provider gives the customer, on request, the elements for assessing the risk of its data being subject to non-EU law',
  'term.clause.complianceMeans':
    'the technical and organisational means the provider uses to respect the applicable law',
  'term.clause.terminationWithoutPenalty':
    'the revision clause letting the customer terminate without penalty if the service loses its qualification',
  'term.clause.reversibility':
    'the reversibility clause: the customer recovers all its data, supplied or produced in the service',
  'term.clause.reversibilityMeans': 'the technical means of reversibility (documented formats, interfaces)',
  'term.clause.availability': 'the service’s availability level',
  'term.clause.noDisposalOfData': 'that the provider cannot dispose of the data the customer transmits or generates',
  'term.clause.noDisclosure':
    'that nothing about the service is disclosed to third parties without the customer’s formal, written authorisation',
  'term.clause.backups':
    'whether the customer’s data is backed up automatically and, if not, the risks and the customer’s backup steps',
  'term.clause.remoteAccess': 'whether remote access for administration or support is allowed',
  'term.clause.anssiComplaint': 'that the customer may lodge a complaint about the qualified service with ANSSI',
  'term.clause.anssiAudit': 'that the customer authorises ANSSI and the qualification body to audit the service',
  'term.clause.auditAuthorisation':
    'that the customer authorises a qualified PASSI auditor, mandated by the provider, to audit the service under the control plan',
  'term.clause.auditInformation':
    'that the provider makes available the information needed for GDPR art. 28 audits by the customer or a third party it mandates',
  'term.clause.passiAuditor': 'that the third party mandated for those audits is a qualified PASSI (a recommendation)',
  'term.clause.dataLocation': 'where the customer’s data is stored and processed, as documented for the customer',
  'term.clause.endOfContractErasure':
    'the secure erasure of all the customer’s data at the end of the contract, its method, time limit and notice',
  'term.clause.technicalDataDeletion':
    'the deletion of the technical data about the customer at the end of the contract',
  'term.third-party.subcontractor': 'subcontractor',
  'term.third-party.administration': 'employer of administrators',
  'term.third-party.supervision': 'employer of supervisors',
  'term.third-party.support': 'employer of support staff',
  'term.third-party.flow-recipient': 'recipient of a data flow',
  'term.third-party.site-operator': 'site operator',
  'term.basis.adequacy-decision': 'an adequacy decision (GDPR art. 45)',
  'term.basis.appropriate-safeguards': 'appropriate safeguards (GDPR art. 46)',
  'term.qualification.qualified': 'qualified',
  'term.qualification.certified': 'certified',
  'term.qualification.in-progress': 'in progress',
  'term.qualification.expired': 'expired',
  'term.qualification.withdrawn': 'withdrawn',
  'term.qualification.none': 'none',
  'term.field.storedAt': 'storage sites (storedAt)',
  'term.field.processedAt': 'processing sites (processedAt)',
  'term.field.locatedIn': 'location (locatedIn)',
  'term.field.documented': 'documented operations (documented)',
  'term.field.accessToCustomerData': 'access to customer data (accessToCustomerData)',
  'term.field.supervisedAccess': 'supervised access (supervisedAccess)',
  'term.field.transferBasis': 'transfer basis (transferBasis)',
  'term.field.qualified': 'SecNumCloud qualification (qualified)',
  'term.field.ownSkills': 'own skills (autonomy.ownSkills)',
  'term.field.alternatives': 'alternative suppliers (autonomy.alternatives)',
  'term.field.version': 'version',
  'term.field.validUntil': 'end of validity (validUntil)',
  'term.field.contract.governingLaw': 'Law governing the contract (contract.governingLaw)',
  'term.field.certificates.authorityCountry': 'Country of the certification authority (certificates.authorityCountry)',
  'applicability.sensitivity':
    'This rule applies only when dataSensitivity is {required}; the description declares {declared}',
  'applicability.sensitivity-absent':
    'This rule applies only when dataSensitivity is {required}; the description does not give dataSensitivity',
  'data-location.pass': 'Flow “{kind}”: {places} only in {countries} (required area: {area})',
  'data-location.fail': 'Flow “{kind}”: {places} at site {sites}, in {countries}, outside the required area ({area})',
  'data-location.fail-recipient':
    'Flow “{kind}”: sent to {entity}, established in {countries}, outside the required area ({area})',
  'data-location.unknown-contains':
    'Flow “{kind}”: it leaves the required area ({area}) for {countries}, and {fields, plural, one {this is not given} other {these are not given}}: {fields}',
  'data-location.unknown-field': 'Flow “{kind}”: {fields} not given, so where the data is cannot be judged',
  'data-location.unknown-site':
    'Flow “{kind}”: no country given for site {sites}, so where the data is cannot be judged',
  'data-location.unknown-recipient': 'Flow “{kind}”: sent to {entity}, whose {fields} are not given',
  'data-location.none': 'No data flow of these kinds is described (data): {kinds}; where that data is cannot be judged',
  'data-location.not-applicable':
    'Flow “{kind}”: it carries neither customer nor technical data (`containsCustomerData: false`, `containsTechnicalData: false`), so where it goes is not judged',
  'term.field.containsCustomerData': 'whether it carries customer data (containsCustomerData)',
  'term.field.containsTechnicalData': 'whether it carries technical data (containsTechnicalData)',
  'staff-location.pass': 'The {role} team ({group}) works from {countries}, inside the required area ({area})',
  'staff-location.fail': 'The {role} team ({group}) works from {countries}, outside the required area ({area})',
  'staff-location.unknown': 'The {role} team ({group}): where it works from is not given (locatedIn)',
  'staff-location.missing-role': 'No {role} team is described (staff), so where {role} is done from cannot be judged',
  'support-access.pass-inside': 'The support team ({group}) works from {countries}, inside the required area ({area})',
  'support-access.pass-documented':
    'The support team ({group}) works from {countries}, outside the required area ({area}): its operations are documented and it has no access to customer data',
  'support-access.pass-jump-host':
    'The support team ({group}) works from {countries}, outside the required area ({area}): its operations are documented and any access to customer data goes through a supervised jump host',
  'support-access.undocumented':
    'The support team ({group}) works from {countries}, outside the required area ({area}), without a documented list of its operations (`documented: false`)',
  'support-access.unsupervised':
    'The support team ({group}) reaches customer data from {countries}, outside the required area ({area}), without a supervised jump host (`supervisedAccess: none`)',
  'support-access.unknown':
    'The support team ({group}) works from {countries}, outside the required area ({area}), and these are not given: {fields}',
  'support-access.unknown-location': 'The support team ({group}): where it works from is not given (locatedIn)',
  'support-access.none': 'No support team is described (staff): there is no support access to judge',
  'staff-transfer-basis.pass-inside':
    'The {role} team ({group}) works from {countries}, inside the required area ({area})',
  'staff-transfer-basis.pass-no-access':
    'The {role} team ({group}) works from {countries}, outside the required area ({area}), without access to customer data',
  'staff-transfer-basis.pass-basis':
    'The {role} team ({group}) works from {countries}, outside the required area ({area}): any access to customer data rests on {basis}',
  'staff-transfer-basis.fail':
    'The {role} team ({group}) reaches customer data from {countries}, outside the required area ({area}), with no GDPR transfer basis (`transferBasis: none`)',
  'staff-transfer-basis.unknown':
    'The {role} team ({group}): {fields} not given, so its access from outside the required area ({area}) cannot be judged',
  'staff-transfer-basis.no-staff':
    'No staff are described (staff), so who reaches the data, and from where, cannot be judged',
  'staff-transfer-basis.none': 'The description lists no staff (`staff: []`)',
  'location.line': '{pointer}, line {line, number}',
  'subcontractor-access.pass-no-access':
    '{entity}, third party as {roles}, has no technical access to customer or technical data',
  'subcontractor-access.pass-eu': '{entity}, third party as {roles}, is seated, owned and controlled inside the EU',
  'subcontractor-access.fail':
    '{entity}, third party as {roles}, is seated, owned or controlled outside the EU ({holders}) and has technical access to data',
  'subcontractor-access.unknown-access':
    '{entity}, third party as {roles}, is seated, owned or controlled outside the EU ({holders}), and whether it has technical access to data is not given ({fields})',
  'subcontractor-access.unknown-control':
    '{entity}, third party as {roles}, has or may have technical access to data, and whether it is seated, owned or controlled outside the EU cannot be established: facts about {blamed} are not given ({missing})',
  'subcontractor-access.unknown-range':
    '{entity}, third party as {roles}, has or may have technical access to data, and whether it is owned or controlled outside the EU cannot be established: {holder} is listed among the shareholders of {held} with a stake {stake, select, undisclosed {that is not disclosed, from {from} up to what the other holders leave of 100%} other {known only as {from} to {to}}}, so that {scope, select, collective {holders outside the EU together} other {a single holder outside the EU}} could hold up to {upTo} of its {measure} ({known} on the known facts), more than the maximum of {max}',
  'subcontractor-access.detail.missing': '{entity}: {fields} not given ({at})',
  'subcontractor-access.detail.incomplete': '{entity}: its listed shareholders do not account for all of it ({at})',
  'subcontractor-access.detail.range':
    '{entity}: {holder} holds {stake, select, undisclosed {an undisclosed stake, from {from}} other {between {from} and {to}}} ({at})',
  'subcontractor-access.unlisted':
    'Subcontractors are not described (subcontractors); write `subcontractors: []` if there are none',
  'subcontractor-access.none':
    'The description shows no third party that may reach the data: no subcontractor, and no other entity that employs staff with access, receives a flow of data or operates a site with access',
  'subcontractor-autonomy.pass-qualified': '{entity} is SecNumCloud-qualified',
  'subcontractor-autonomy.pass-own-skills': '{entity}: the provider’s own skills ensure its operating autonomy',
  'subcontractor-autonomy.pass-alternatives':
    '{entity}: {count, plural, one {# alternative supplier ensures} other {# alternative suppliers ensure}} operating autonomy (at least {min, number} required)',
  'subcontractor-autonomy.fail':
    '{entity} is not SecNumCloud-qualified, the provider lacks the skills to do without it, and it has too few alternative suppliers ({count, number}, at least {min, number} required)',
  'subcontractor-autonomy.unknown': '{entity}: operating autonomy cannot be judged, these are not given: {fields}',
  'subcontractor-autonomy.unlisted':
    'Subcontractors are not described (subcontractors); write `subcontractors: []` if there are none',
  'subcontractor-autonomy.none': 'The description lists no subcontractor',
  'country-field.pass': '{field}: {country}, inside the required area ({area})',
  'country-field.fail': '{field}: {country}, outside the required area ({area})',
  'country-field.unknown': '{field}: not given',
  'states-qualification.pass': 'The contract states that the service is SecNumCloud-qualified',
  'states-qualification.fail':
    'The contract does not state that the service is SecNumCloud-qualified (`statesQualification: false`)',
  'states-qualification.unknown':
    'Whether the contract states the qualification is not given (contract.statesQualification)',
  'change-notice.pass':
    'Changes affecting the protection against non-EU law are notified to the customer within {days, plural, one {# day} other {# days}} (at most {max, number})',
  'change-notice.fail':
    'Changes affecting the protection against non-EU law are notified to the customer within {days, plural, one {# day} other {# days}}, more than the {max, number} allowed',
  'change-notice.unknown':
    'The notice period for changes affecting the protection against non-EU law is not given (contract.changeNoticeDays)',
  'contract-clause.pass': 'Stated in {section} of the service agreement: {what}',
  'contract-clause.fail': 'The service agreement does not state {what} (`contract.clauses.{clause}: false`)',
  'contract-clause.unknown': 'Not given: where the service agreement states {what} (contract.clauses.{clause})',
  'field.contract-clause': 'Where the agreement states {what}.',
  'language-offered.pass': '{field}: {given}, including {language}',
  'language-offered.fail': '{field}: {given}, without the required language ({language})',
  'language-offered.unknown': '{field}: not given',
  'term.field.languages.interfaces': 'Languages of the customer-facing interfaces (languages.interfaces)',
  'term.field.languages.firstLevelSupport': 'Languages of first-level support (languages.firstLevelSupport)',
  'erasure-notice.pass':
    'The customer is given {days, plural, one {# day} other {# days}} of notice before its data is erased (at least {min, number})',
  'erasure-notice.fail':
    'The customer is given {days, plural, one {# day} other {# days}} of notice before its data is erased, fewer than the {min, number} required',
  'erasure-notice.unknown':
    'The notice of the erasure of the customer’s data at the end of the contract is not given (contract.erasureNoticeDays)',
  'term.clause.backupRiskWarning': 'the warning of the risks when the customer’s data is not backed up automatically',
  'term.clause.customerBackupSteps': 'what the customer must do to back up its data',
  'availability-level.pass': 'The agreement states an availability level of {level, number}%',
  'availability-level.unknown': 'The availability level is not given as a figure (contract.availability)',
  'automatic-backups.yes': 'The customer’s data is backed up automatically',
  'automatic-backups.no':
    'The customer’s data is not backed up automatically: the agreement must warn of the risks and give the customer’s backup steps',
  'automatic-backups.unknown':
    'Whether the customer’s data is backed up automatically is not given (contract.automaticBackups)',
  'erasure-method.pass': 'The data is erased at the end of the contract by {methods}',
  'erasure-method.unknown':
    'The methods of the erasure at the end of the contract are not given (contract.erasureMethods)',
  'erasure-days.pass':
    'The data is erased within {days, plural, one {# day} other {# days}} of the end of the contract',
  'erasure-days.unknown':
    'The time limit of the erasure at the end of the contract is not given (contract.erasureDays)',
  'term.erasure.overwrite': 'complete overwriting of every medium',
  'term.erasure.key-erasure': 'erasure of the storage encryption keys',
  'term.erasure.secure-recycling': 'secure recycling',
  'term.clause.supportLocation': 'the location of support given from outside the EU',
  'support-location.inside':
    'No support is given from outside the required area ({area}): the agreement need not give a support location',
  'support-location.unknown':
    'Where a support team works from is not given (staff[].locatedIn): whether the agreement must give the support location cannot be told',
  'qualification-certificate.pass': 'The agreement attaches the qualification certificate of {date} ({section})',
  'qualification-certificate.fail': 'The agreement does not attach the qualification certificate',
  'qualification-certificate.unknown':
    'Where the agreement attaches the qualification certificate, and its date, is not given (contract.qualificationCertificate)',
  'reversibility-means.pass': 'Reversibility through {offered}',
  'reversibility-means.fail': 'No technical means of reversibility is offered (`reversibilityMeans: []`)',
  'reversibility-means.unknown': 'The technical means of reversibility are not given (contract.reversibilityMeans)',
  'term.reversibility.documented-files': 'files in documented formats',
  'term.reversibility.api': 'an interface with a documented schema',
  'secnumcloud-qualification.pass':
    'The offer is SecNumCloud {version} qualified, valid until {validUntil} (evaluated on {date})',
  'secnumcloud-qualification.not-qualified':
    'The offer’s SecNumCloud qualification has status “{status}”, not “qualified”',
  'secnumcloud-qualification.wrong-version': 'The offer is SecNumCloud {version} qualified, not {required}',
  'secnumcloud-qualification.expired':
    'The offer’s SecNumCloud qualification was valid until {validUntil}, before the evaluation date {date}',
  'secnumcloud-qualification.unknown': 'The offer’s SecNumCloud qualification: these are not given: {fields}',
  'secnumcloud-qualification.none': 'The offer lists no SecNumCloud qualification (offer.qualifications)',
  'secnumcloud-qualification.unlisted': 'The offer’s qualifications are not given (offer.qualifications)',

  // — the auditor's trail: attestations, waivers, sources, baselines
  'attested.pass': 'Attested as met by {by} on {date}, valid until {expires}: {justification}',
  'attested.fail': 'Attested as not met by {by} on {date}, valid until {expires}: {justification}',
  'attested.expired':
    'The attestation by {by} of {date} expired on {expires}: an auditor must attest this requirement again (attestations file)',
  'attested.not-yet': 'The attestation by {by} takes effect on {date}, after the evaluation date {evaluated}',
  'attested.none':
    'No attestation covers this requirement: an auditor judges it and records the verdict in an attestations file (--attestations)',
  'warning.what-clause': 'clause {clause}',
  'warning.what-rule': 'rule {rule}',
  'warning.attestation-expired': 'The attestation of {what} by {by} expired on {expires}: it no longer counts',
  'warning.attestation-expiring':
    'The attestation of {what} by {by} expires on {expires}, in {days, plural, one {# day} other {# days}}',
  'warning.attestation-not-yet':
    'The attestation of {what} by {by} is dated {date}, after the evaluation date: it does not count yet',
  'warning.attestation-unused':
    'The attestation of {what} by {by} concerns no rule that was run and judges from attestations',
  'warning.waiver-what-rule': '{rule} (every subject)',
  'warning.waiver-what-subject': '{rule} on {subject}',
  'warning.waiver-expired':
    'The waiver of {what} expired on {expires}: it does not apply, and the verdicts it covered stand',
  'warning.waiver-expiring': 'The waiver of {what} expires on {expires}, in {days, plural, one {# day} other {# days}}',
  'warning.waiver-unused': 'The waiver of {what} waives nothing: no fail or unknown verdict matches it',
  'warning.waiver-over-pass': 'The waiver of {what} waives nothing: every verdict it covers passes or does not apply',
  'report.waiver': 'Waiver approved by {approvedBy}, until {expires}: {justification}',
  'report.waiver-ticket': 'Waiver approved by {approvedBy}, until {expires} ({ticket}): {justification}',
  'report.waiver-where': 'The {verdict} verdict of {rule} on {subject}, waived by {file}',
  'report.baseline-mark':
    '{state, select, new {New since the baseline} unchanged {In the baseline, unchanged} other {{changed, select, status {In the baseline as {was}: same finding, its status changed} other {In the baseline: same finding, facts changed}}}}{known, select, yes {; known, it does not gate} lapsed {; the baseline held it only as waived, so it gates again} changed {; what the baseline accepted is not what is judged now, so it gates} other {}}',
  'report.baseline-tag': '{state, select, new {new} unchanged {baseline} other {baseline, updated}}',
  'report.known':
    '{count, plural, one {# known from the baseline does not gate} other {# known from the baseline do not gate}}',
  'report.not-met-known': '{notMet}; {known}',
  'report.section.fixed': 'Fixed since the baseline',
  'report.baseline-counts':
    'Compared with the baseline {file}: {new, number} new, {unchanged, number} unchanged, {updated, number} updated, {fixed, number} fixed',
  'report.fixed':
    'The {status} verdict of {rule} on {subject} ({file}){now, select, none {: its subject is no longer judged} other {, now {now}}}: {message}',
  'report.nothing-fixed': 'Nothing the baseline held is fixed.',
  'report.section.waivers-applied': 'Waivers',
  'diff.title': 'Changes from {old} to {new}',
  'diff.section.verdicts': 'Verdicts changed',
  'diff.section.facts': 'Facts changed',
  'diff.none-verdicts': 'No verdict changed.',
  'diff.none-facts': 'No fact changed.',
  'diff.not-judged': 'not judged',
  'diff.verdict': '{rule} ({clause}) on {subject}: {old} → {new}',
  'diff.fact.added': '{path}: added, {value}',
  'diff.fact.removed': '{path}: removed, was {value}',
  'diff.fact.changed': '{path}: {old} → {new}',
  'diff.flag': '19.6.f: {topic}',
  'diff.topic.seats': 'seats',
  'diff.topic.holdings': 'holdings',
  'diff.topic.control': 'control',
  'diff.topic.special-rights': 'special rights',
  'diff.topic.third-parties': 'third parties',
  'diff.topic.third-party-access': 'third parties’ access',
  'diff.notice':
    '{count, plural, one {# change touches} other {# changes touch}} the protection against non-EU law ({topics}): under 19.6.f the customer must be told formally within one month.',
  'diff.no-notice': 'No change falls under 19.6.f: no notice to the customer is due.',
  'diff.files': 'SHA-256 of the two files:',
  'report.section.warnings': 'Warnings',
  'warning.source-file-missing': 'Source {id}: the file {file} is not found, so its SHA-256 cannot be computed',
  'warning.source-file-unreadable':
    'Source {id}: the file {file} cannot be read ({problem}), so its SHA-256 cannot be computed',
  'warning.source-future': 'Source {id} is dated {date}, after the evaluation date',
  'warning.source-old':
    'Source {id} ({title}, {date}) is more than {months, plural, one {# month} other {# months}} old on the evaluation date',
  'warning.source-unused': 'Source {id} is cited by no fact',
  'warning.profiles-not-judged':
    'The description declares {declared}, which this run does not judge: it judges {judged}, as the profiles asked for the run say (--profile or the configuration)',
  'warning.undocumented':
    '--require-sources: {count, plural, one {# object states facts} other {# objects state facts}} without a source, which count as not given: {first}',
  'warning.undocumented-more':
    '--require-sources: {count, plural, one {# object states facts} other {# objects state facts}} without a source, which count as not given: {first} and {more, plural, one {# other} other {# others}}',
  'report.based-on': 'Based on: {sources}',
  'report.undocumented': 'Declared, not documented',
  'report.source': '{title}, {issuer}, {date}',
  'report.label.baseline': 'Baseline',
  'report.label.sources': 'Sources',
  'report.attestation': 'the attestation by {by} of {date}',
  'report.no-sources': 'The description cites no source: every fact in it is declared, not documented.',

  // — input errors: what a description, a pack or a file must be
  'input.value.null': 'null',
  'input.value.list': 'a list',
  'input.value.mapping': 'a mapping',
  'input.value.text': 'the text {text}',
  'input.value.boolean': 'the boolean {value}',
  'input.value.number': 'the number {value}',
  'input.type.mapping': 'a mapping',
  'input.type.list': 'a list',
  'input.type.integer': 'a whole number',
  'input.type.string': 'a string',
  'input.type.number': 'a number',
  'input.type.boolean': 'a boolean',
  'input.type.null': 'a null',
  'input.range.both': 'a number from {min} to {max}',
  'input.range.min': 'a number ≥ {limit}',
  'input.range.max': 'a number ≤ {limit}',
  'input.schema.expected': '{field}: expected {expected}, got {got}{hint}',
  'input.schema.required': '{field}: missing the required field `{name}`',
  'input.schema.unknown-field': '{field}: unknown field{hint}',
  'input.schema.one-of-hint': ' (expected one of {values})',
  'input.schema.enum': '{field}: expected one of {values}, got {got}{hint}',
  'input.schema.pattern': '{field}: expected text matching {pattern}, got {got}',
  'input.schema.twice': '{field}: lists {value} twice',
  'input.schema.empty': '{field}: must not be empty',
  // — input errors: hints and the checks the schema cannot express
  'input.hint.did-you-mean': ' (did you mean {choices}?)',
  'input.hint.or': ' or ',
  'input.hint.country': ' (did you mean `{code}` for {name}?)',
  'input.undefined.provider': 'provider `{id}` is not defined in entities{hint}',
  'input.undefined.holder': 'holder `{id}` is not defined in entities{hint}',
  'input.undefined.operator': 'operator `{id}` is not defined in entities{hint}',
  'input.undefined.entity': 'entity `{id}` is not defined in entities{hint}',
  'input.undefined.employer': 'employer `{id}` is not defined in entities{hint}',
  'input.undefined.site': 'site `{id}` is not defined in sites{hint}',
  'input.undefined.source': 'source `{id}` is not defined in sources{hint}',
  'input.not-a-date': '`{value}` is not a real date',
  'input.access.entries':
    'contradicts `technicalAccessToData: {stated}` of subcontractors[{index}]: an entry speaks for every role of `{entity}`, so its entries must agree',
  'input.access.role.administration':
    'this administration team has access to data, which contradicts `technicalAccessToData: {stated}` of subcontractors[{index}], which speaks for every role of `{entity}`: correct one of them',
  'input.access.role.supervision':
    'this supervision team has access to data, which contradicts `technicalAccessToData: {stated}` of subcontractors[{index}], which speaks for every role of `{entity}`: correct one of them',
  'input.access.role.support':
    'this support team has access to data, which contradicts `technicalAccessToData: {stated}` of subcontractors[{index}], which speaks for every role of `{entity}`: correct one of them',
  'input.access.role.flow-recipient':
    'this flow carries data to `{entity}`, which contradicts `technicalAccessToData: {stated}` of subcontractors[{index}], which speaks for every role of `{entity}`: correct one of them',
  'input.access.role.site-operator':
    'the operator of this site has access to data, which contradicts `technicalAccessToData: {stated}` of subcontractors[{index}], which speaks for every role of `{entity}`: correct one of them',
  'input.access.site-without':
    '`technicalAccessToData: false` contradicts `technicalAccessToData: {stated}` of subcontractors[{index}], which speaks for every role of `{entity}`: correct one of them',
  'input.entity-a.company': 'a company',
  'input.entity-a.fund': 'a fund',
  'input.entity-a.person': 'a person',
  'input.entity-a.state': 'a State',
  'input.entity-a.public-float': 'a public float',
  'input.field-not-placing':
    '`{field}` does not apply to {type}, which has no location fields (it stands for listed shares held below the declaration thresholds): remove it',
  'input.field-not-for-type': '`{field}` does not apply to {type}: {type} is placed by {fields}',
  'input.sum-over.capital': "the shareholders' capital adds up to {total}, over 100%",
  'input.sum-over.votingRights': "the shareholders' voting rights add up to {total}, over 100%",
  'input.stake-range-order': 'the range goes from {min} down to {max}: write the smaller figure as `min`',
  'input.holder-twice': 'holder `{holder}` is listed twice among the shareholders of `{id}`',
  'input.site-twice': 'site id `{id}` is used twice',
  'input.scheme.unknown': '`{scheme}` is not a scheme snc knows (expected one of {schemes}, in any case)',
  'input.scheme.write':
    '`{scheme}` is not a scheme snc knows (expected one of {schemes}, in any case): write `scheme: {known}`',
  'input.scheme.write-version':
    '`{scheme}` is not a scheme snc knows (expected one of {schemes}, in any case): write the version apart, `scheme: {known}` and `version: "{version}"`',
  'input.not-held': '`{id}` is {type} and cannot have shareholders: only companies and funds are held',
  'input.cycle.more': '{count, number} more',
  'input.cycle.self':
    'the {measures, select, capital {capital} votingRights {voting rights} other {capital and voting rights}} of {list} {measures, select, capital {is} other {are}} held 100% by itself, so no one ultimately holds it: list its other shareholders or correct the percentages',
  'input.cycle.many':
    'cross-holding cycle with no holder outside it: the {measures, select, capital {capital} votingRights {voting rights} other {capital and voting rights}} of {list} {measures, select, capital {is} other {are}} held 100% by one another, so no one ultimately holds it: list their other shareholders or correct the percentages',
  'input.side.not-a-mapping': 'expected a mapping at the top level, with a `{key}:` list, got {got}',
  'input.side.nothing': 'nothing',
  'input.side.single-value': 'a single value',
  'input.side.clause-and-rule': '{field}: give `clause` or `rule`, not both',
  'input.side.clause-or-rule': '{field}: missing `clause` or `rule`, what is attested',
  'input.side.not-a-date': '{field}: `{value}` is not a real date',
  'input.side.expires-before': "{field}: {expires} is before the attestation's date, {date}",
  'input.side.waiver-twice': '{field}: waives the same rule, subject and file as {first}',
  'input.attestation.other-provider':
    'attestation for provider `{provider}`, but {count, plural, one {the description judged is} other {the descriptions judged are}} for {providers}',
  'input.attestation.source-undefined':
    'attestation relies on source `{id}`, which the sources of {file} do not define',
  'input.source.sha256-mismatch': 'source `{id}`: the file {file} has SHA-256 {found}, not the {given} given',
  'input.source.file-required': 'source `{id}`: the file {file} is {problem} (--require-sources)',
  'input.baseline.not-json':
    'not JSON ({reason}): expected a JSON report of snc check (--format json, or --update-baseline)',
  'input.baseline.not-a-report':
    'expected a JSON report of snc check (reportVersion, tool.name `snc`, inputs and results), got {got}',
  'input.baseline.version':
    'reportVersion is {got}: expected a JSON report of version 1, the version this snc writes and reads',
  'input.baseline.field':
    '{field}: expected {expected, select, list {a list} result {a result (a mapping)} repo-path {the file as the repository names it (`repoPath`)} status {one of pass, fail, unknown, not-applicable, waived} sha256 {a SHA-256 in hex} rule {a rule id} pointer {a JSON pointer} location {a location in one of the inputs (`location.file`)} other {a value}}, got {got}{expected, select, repo-path { (a report written before baselines: write it again with --update-baseline)} sha256 { (a report written before baselines: write it again with --update-baseline)} other {}}',
  'input.read.not-found': 'file not found',
  'input.read.denied': 'permission denied, cannot read the file',
  'input.read.directory': 'is a directory, expected a YAML file',
  'input.read.failed': 'cannot read the file ({code})',
  'input.read.fifo': 'is a named pipe (FIFO), expected a regular YAML file',
  'input.read.socket': 'is a socket, expected a regular YAML file',
  'input.read.device': 'is a device, expected a regular YAML file',
  'input.read.not-regular': 'is not a regular file, expected a YAML file',
  'input.read.too-big': 'file is {size} bytes, over the limit of {max} (raise it with --max-bytes)',
  'input.read.input-too-big': 'input is {size} bytes, over the limit of {max} (raise it with --max-bytes)',
  'input.read.input-over': 'input is over the limit of {max} bytes (raise it with --max-bytes)',
  'input.max-bytes.too-large':
    '{n} is above the largest file snc can read, {max} bytes (the longest text a JavaScript string can hold, about 512 MiB)',
  'input.encoding.utf16-bom':
    'not UTF-8: the file begins with a UTF-16 {order} byte-order mark ({bytes}), so it is UTF-16 {order} text; convert the file to UTF-8',
  'input.encoding.utf16-nul':
    'not UTF-8: a NUL byte beside each character, so the file looks like UTF-16 {order} text without a byte-order mark; convert the file to UTF-8',
  'input.encoding.binary':
    'not UTF-8 text: a NUL byte (0x00), so the file looks binary; expected a YAML text file (convert the file to UTF-8 if it is text)',
  'input.encoding.latin1':
    'not UTF-8: the byte {byte} does not begin a valid UTF-8 sequence, so the file looks like Latin-1 (ISO 8859-1 or Windows-1252) text; convert the file to UTF-8',
  'input.yaml.empty':
    'empty file, expected {expected, select, attestations {a YAML mapping with an `attestations:` list} waivers {a YAML mapping with a `waivers:` list} comparable {a description (YAML, format 1) or a JSON report of snc check} report {a JSON report} other {a YAML mapping beginning with `snc: 1`}}',
  'input.yaml.too-deep': 'nesting is deeper than {max} levels (raise it with --max-depth)',
  'input.yaml.too-deep-alias': 'nesting is deeper than {max} levels through this alias (raise it with --max-depth)',
  'input.yaml.unreadable-depth': 'nesting is too deep to read (over {max} levels)',
  'input.yaml.alias-cycle': 'a YAML alias refers to a node that contains it (a cycle)',
  'input.yaml.too-many-aliases': 'more than {max} YAML alias expansions (raise it with --max-aliases)',
  'input.yaml.forbidden-key': 'the key `{key}` is not allowed (a reserved JavaScript name)',
  'input.yaml.collection-key': 'a mapping key must be a plain value, not a list or mapping',
  'input.yaml.not-finite':
    '{kind, select, nan {.nan (not a number)} other {an infinite number (.inf, or a number too large to hold)}} is not a value snc can judge: expected a finite number (a percentage, a count, a number of days)',
  'input.yaml.duplicate-key': 'duplicate key {key}: a key may appear only once in a mapping',
  'input.yaml.several-documents': 'more than one YAML document, expected one (remove the `---` separator)',
  'input.yaml.invalid': 'invalid YAML: {reason}',
  'input.yaml.invalid-untranslated': 'invalid YAML: {reason}',
  'yaml.reason.bad-indentation-mapping': 'bad indentation of a mapping entry',
  'yaml.reason.bad-indentation-sequence': 'bad indentation of a sequence entry',
  'yaml.reason.end-expected': 'end of the stream or a document separator is expected',
  'yaml.reason.colon-missed': 'can not read an implicit mapping pair; a colon is missed',
  'yaml.reason.multiline-key': 'can not read a block mapping entry; a multiline key may not be an implicit key',
  'yaml.reason.eos-flow': 'unexpected end of the stream within a flow collection',
  'yaml.reason.eos-double': 'unexpected end of the stream within a double quoted scalar',
  'yaml.reason.eos-single': 'unexpected end of the stream within a single quoted scalar',
  'yaml.reason.eod-double': 'unexpected end of the document within a double quoted scalar',
  'yaml.reason.eod-single': 'unexpected end of the document within a single quoted scalar',
  'yaml.reason.missed-comma': 'missed comma between flow collection entries',
  'yaml.reason.tab-indentation': 'tab characters must not be used in indentation',
  'yaml.reason.line-break': 'a line break is expected',
  'yaml.reason.non-printable': 'the stream contains non-printable characters',
  'yaml.reason.unknown-escape': 'unknown escape sequence',
  'yaml.reason.hexadecimal': 'expected hexadecimal character',
  'yaml.reason.incomplete-pair':
    'incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line',
  'yaml.reason.space-after-colon':
    'a whitespace character is expected after the key-value separator within a block mapping',
  'yaml.reason.block-indentation': 'missing indentation for block scalar',
  'yaml.reason.alias-name': 'name of an alias node must contain at least one character',
  'yaml.reason.anchor-name': 'name of an anchor node must contain at least one character',
  'yaml.reason.anchor-twice': 'duplication of an anchor property',
  'yaml.reason.tag-twice': 'duplication of a tag property',
  'yaml.reason.alias-properties': 'alias node should not have any properties',
  'yaml.reason.directives-end': 'directives end mark is expected',
  'yaml.reason.comma-found': "expected the node content, but found ','",
  'yaml.reason.nested-key': 'nested arrays are not supported inside keys',
  'yaml.reason.null-byte': 'null byte is not allowed in input',
  'yaml.reason.json-character': 'expected valid JSON character',
  'yaml.reason.unidentified-alias': 'unidentified alias {name}',
  'yaml.reason.unknown-tag': 'unknown tag {tag}',
  'cli.unknown-option': "unknown option '{flag}'",
  'cli.unknown-command': "unknown command '{name}'",
  'cli.did-you-mean': '(Did you mean {choices}?)',
  'cli.did-you-mean-one-of': '(Did you mean one of {choices}?)',
  'cli.option-missing': "option '{flags}' argument missing",
  'cli.missing-argument': "missing required argument '{name}'",
  'cli.too-many':
    "too many arguments for '{command}'. Expected {expected, plural, one {# argument} other {# arguments}} but got {got, number}.",
  'cli.invalid-option': "option '{flags}' argument '{value}' is invalid. {reason}",
  'cli.invalid-argument': "command-argument value '{value}' is invalid for argument '{name}'. {reason}",
  'cli.allowed-choices': 'Allowed choices are {choices}.',
  'cli.expected-one-of': 'expected one of {choices}',
  'cli.positive-integer': 'expected a positive whole number, got {value}',
  'cli.help-hint': 'run snc --help for usage',
  'cli.warning': 'warning: {text}',
  'cli.format.unknown': 'unknown format {format} (expected one of {formats})',
  'cli.format.no-file': '--format {format}= needs a file name after =',
  'cli.format.one-stdout':
    'only one --format may go to standard output; give the others a file (--format json=report.json)',
  'cli.stdin.unavailable': 'standard input is not available',
  'cli.stdin.twice': '- (standard input) may be given only once',
  'cli.stdin.filename-without-dash':
    '--stdin-filename names the description read from standard input: give - among the files',
  'cli.no-file': 'no description file given (name one, or - to read it from standard input)',
  'cli.rules.functions-no-argument': '`snc rules functions` takes no argument',
  'cli.rules.list-no-id': '`snc rules list` takes no rule id (did you mean `snc rules show {id}`?)',
  'cli.rules.show-needs-id': '`snc rules show` needs a rule id (see `snc rules list`)',
  'cli.rules.no-rule': 'no rule {id} (see `snc rules list`)',
  'cli.rules.unknown-action': 'unknown action {action} for `snc rules` (expected list, show or functions)',
  'cli.schema.one': 'snc schema prints one schema: give one of {flags}',
  'cli.init.exists': 'already exists; snc init never writes over a file (give another name, or - for standard output)',
  'cli.init.no-folder': 'cannot be created: its folder does not exist',
  'cli.init.directory': 'is a directory',
  'cli.init.denied': 'cannot be created: permission denied',
  'cli.init.read-only': 'cannot be created: the file system is read-only',
  'cli.init.failed': 'cannot be created ({reason})',
  'cli.init.write-failed': 'cannot be written ({reason})',
  'cli.init.wrote': 'wrote {file}: give its facts (the commented-out fields), then run snc check {file}',
  'cli.output.cannot-write': 'cannot write the report: {reason}',
  'cli.output.cannot-write-kept': 'cannot write the report: {reason}; no report file was replaced',
  'cli.output.directory': 'cannot write the report: it is a directory',
  'cli.output.folder': 'cannot write the report: folder {folder} does not exist or is not writable',
  'cli.output.over-input':
    'cannot write the report over the {role, select, description {description} pack {rule pack} waivers {waivers file} attestations {attestations file} config {configuration file} data {data file} stdin {description on standard input} source {source document} baseline {baseline report} other {file}} {input}, which this run reads',
  'cli.output.stdout-file': 'cannot write the report to the file standard output also goes to',
  'cli.output.same-file': 'two --format options write to the same file (also given as {other})',
  'cli.stream.cannot-write':
    'cannot write to {stream, select, stdout {standard output} other {standard error}}: {reason}',
  'cli.output.summary': 'cannot append the job summary: {reason}',
  'cli.config.not-a-mapping':
    'expected a mapping of options at the top level of the configuration (see `snc schema --config`)',
  'cli.config.no-option': '{key}: snc {command} has no {flag} option in this version',
  'cli.config.two-files': 'two configuration files in one folder ({names}): keep one',
  'errno.ENOSPC': 'no space left on the device',
  'errno.EFBIG': 'the file would exceed the largest size allowed',
  'errno.EDQUOT': 'disk quota exceeded',
  'errno.EACCES': 'permission denied',
  'errno.EPERM': 'permission denied',
  'errno.EROFS': 'read-only file system',
  'errno.EIO': 'input/output error',
  'errno.ENOENT': 'no such file or folder',
  'errno.ENOTDIR': 'a part of the path is not a folder',
  'errno.EISDIR': 'it is a directory',
  'errno.ENXIO': 'no process is reading it',
  'errno.EPIPE': 'the reader closed it',
  'errno.ELOOP': 'too many levels of symbolic links',
  'errno.ENAMETOOLONG': 'the name is too long',
  'input.pack.builtin-id':
    'rule pack id `{id}` is the id of the built-in pack {file}: give this pack its own `pack` id',
  'input.pack.same-id': 'rule pack id `{id}` is already the id of the pack in {file}: give each pack its own `pack` id',
  'input.pack.invalid': 'invalid rule pack: {message}',
  'input.pack.unknown-function':
    'rule pack {pack}, rule {rule}: unknown check function `{fn}` (see `snc rules functions`)',
  'input.pack.parameter': 'rule pack {pack}, rule {rule}, parameter `{param}` of {fn}: {message}',
  'input.pack.country':
    'rule pack {pack}, rule {rule}, parameter `{param}` of {fn}: `{code}` is not an ISO 3166-1 alpha-2 country code{hint}',
  'input.date.epoch':
    'SOURCE_DATE_EPOCH must be a whole number of seconds from 0 to {max} (9999-12-31T23:59:59Z), got {value}',
  'input.date.option': '--date expects a real date as YYYY-MM-DD, got {value}',
  'input.description.not-a-mapping':
    'expected a mapping at the top level (a description beginning with `snc: 1`), got {got}',
  'input.description.no-version': 'missing `snc: 1`, the format version, at the top level',
  'input.description.version': 'unsupported format version {version}: this snc reads format 1 (`snc: 1`)',
  'input.source.not-found': 'not found',
  'input.source.denied': 'not readable (permission denied)',
  'input.source.not-regular': 'not a regular file',
  'input.source.unreadable': 'not readable ({code})',
  'input.file.unreadable': 'cannot read the file ({problem})',
  'input.diff.not-a-report':
    'not a JSON report of snc check, version 1 (reportVersion, inputs and results with ruleId, subject and status)',
  'input.diff.kinds':
    'compare two descriptions or two reports: {old} is a {oldKind, select, report {report} other {description}}, {new} a {newKind, select, report {report} other {description}}',
  'input.pack.extends-itself': 'rule pack {pack} extends itself through {chain}',
  'input.pack.extends-unknown':
    'rule pack {pack} extends `{parent}`, which is neither a built-in pack ({builtins}) nor a pack given with --rules',
  'input.pack.rule-twice': 'rule {rule} is defined twice: in pack {pack} ({file}) and in pack {other}',
  'input.pack.clause-and-clauses': 'rules.{index}: give `clause` (one clause) or `clauses` (a list), not both',
  'input.pack.no-clause': 'rules.{index}: missing the required field `clause` (or `clauses`, a list of clauses)',
  'report.verdict-doc': '{notMet} — {counts}',
  'report.list-separator': '; ',
} as const;

/** A message id: a key of the catalogues. */
export type MessageId = keyof typeof en;

/** The ends `E` of the message ids that start with `P`, so that `${P}${E}` is one (`IdsAfter<'term.'>`: the terms). */
export type IdsAfter<P extends string> = MessageId extends infer K ? (K extends `${P}${infer E}` ? E : never) : never;
