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
  'family.service': 'Service au client',
  'family.privacy': 'Données personnelles',
  'family.certification': 'Qualification',

  // — rapport texte
  'report.summary':
    '{total, plural, one {# résultat} other {# résultats}} : {pass, plural, one {# conforme} other {# conformes}}, {fail, plural, one {# non conforme} other {# non conformes}}, {unknown, plural, one {# indéterminé} other {# indéterminés}}, {notApplicable, plural, one {# non applicable} other {# non applicables}}, {waived, plural, one {# dérogation} other {# dérogations}}',
  'report.compliant': 'Conforme',
  'report.not-compliant': 'Non conforme',
  'report.not-judged': 'Non évalué',
  'report.column.status': 'Statut',
  'report.column.clause': 'Exigence',
  'report.column.rule': 'Règle',
  'report.column.finding': 'Constat',
  'report.evaluated': '{name} — {file}, évaluation du {date} selon {profiles}',

  // — snc init : le commentaire en tête de la description de départ
  'init.header':
    'Description de départ pour snc, format d’entrée 1. Chaque champ en commentaire est un fait à donner : retirer le « # » devant et écrire la vraie valeur ; les identifiants des exemples (societe-mere, sous-traitant…) désignent des entités à décrire sous entities. Un fait absent est évalué indéterminé, jamais satisfait : lancer `snc check` sur ce fichier montre les faits encore à fournir. Les clauses sont celles du référentiel SecNumCloud 3.2 (ANSSI, 8 mars 2022).',

  // — rapports : formats markdown, html, sarif, junit et github
  'report.title': 'Rapport de conformité SecNumCloud 3.2 et Cloud de confiance',
  'report.section.findings': 'Exigences non satisfaites',
  'report.section.passed': 'Exigences satisfaites',
  'report.field.file': 'Fichier',
  'report.field.sha256': 'SHA-256 du fichier',
  'report.field.provider': 'Prestataire',
  'report.field.profiles': 'Profils',
  'report.field.evaluation-date': 'Date d’évaluation',
  'report.field.generated-at': 'Généré le',
  'report.field.tool': 'Outil',
  'report.unknown-blocks': 'bloquent la conformité',
  'report.unknown-allowed': 'ne bloquent pas la conformité (`--allow-unknown`)',
  'report.verdict-compliant':
    'Toutes les exigences applicables évaluées sont satisfaites ou font l’objet d’une dérogation.',
  'report.verdict-compliant-known':
    'Aucun constat nouveau depuis la référence ne bloque : ce qui n’est pas satisfait est connu de la référence, fait l’objet d’une dérogation ou est sous la sévérité bloquante.',
  'report.verdict-not-compliant':
    'Au moins une exigence n’est pas satisfaite, ou ne peut être évaluée faute de faits, au niveau de sévérité bloquant ou au-dessus.',
  'report.verdict-not-judged':
    'Aucune règle des profils retenus ne s’applique à ce fichier : il n’a pas été évalué, et snc sort avec le code 2. Évaluez-le selon les profils auxquels l’offre est destinée.',
  'report.verdict.compliant':
    'Conforme à {profiles} avec --fail-on {failOn}{allowUnknown, select, true { --allow-unknown} other {}}',
  'report.verdict.not-compliant':
    'Non conforme à {profiles} avec --fail-on {failOn}{allowUnknown, select, true { --allow-unknown} other {}}',
  'report.verdict.not-judged': 'Non évalué : aucune règle de {profiles} ne s’applique à ce fichier',
  'report.verdict.several':
    'Sur {files, plural, one {# fichier} other {# fichiers}} : {compliant, plural, one {# conforme} other {# conformes}}, {notCompliant, plural, one {# non conforme} other {# non conformes}}, {notJudged, plural, one {# non évalué} other {# non évalués}}',
  'report.not-met.error':
    '{count, plural, one {# exigence non satisfaite} other {# exigences non satisfaites}} (erreur)',
  'report.not-met.warning':
    '{count, plural, one {# exigence non satisfaite} other {# exigences non satisfaites}} (avertissement)',
  'report.not-met.info':
    '{count, plural, one {# exigence non satisfaite} other {# exigences non satisfaites}} (information)',
  'report.github.more':
    '{count, plural, one {# annotation de plus n’est pas affichée} other {# annotations de plus ne sont pas affichées}} (GitHub en montre {limit, number} par niveau et par étape) : tous les constats sont dans le rapport {reports} que cette exécution écrit',
  'report.github.more-no-report':
    '{count, plural, one {# annotation de plus n’est pas affichée} other {# annotations de plus ne sont pas affichées}} (GitHub en montre {limit, number} par niveau et par étape) : ajoutez --format sarif=FICHIER ou json=FICHIER pour garder tous les constats',
  'report.summary-more':
    '{count, plural, one {# autre constat figure} other {# autres constats figurent}} dans le rapport SARIF ou JSON',
  'report.summary-cut': 'Le résumé s’arrête ici : le rapport SARIF ou JSON contient tous les constats.',
  'report.does-not-gate': 'Non satisfaite, de sévérité {severity} : en dessous de --fail-on, elle ne bloque pas.',
  'report.unknown-let-through':
    'Évaluation impossible, faits manquants : --allow-unknown la laisse passer, elle ne bloque pas.',
  'report.verdict-line': '{head} : {notMet} — {counts}',
  'report.all-met': 'toutes les exigences applicables sont satisfaites',
  'report.label.finding': 'Constat',
  'report.label.location': 'Emplacement',
  'report.label.evidence': 'Éléments',
  'report.label.rationale': 'Enjeu',
  'report.label.remediation': 'Que faire',
  'report.label.severity': 'Sévérité',
  'report.no-score': 's.o.',
  'report.unknown-message': 'Évaluation impossible, faits manquants : {message}',
  'report.waived-message': 'Dérogation : {message}',
  'report.labelled': '{label} : {value}',
  'report.document-title': 'Conformité SecNumCloud de {offer}',
  'report.field.offer': 'Offre',
  'report.profile.secnumcloud-3.2': 'SecNumCloud 3.2',
  'report.profile.cloud-de-confiance': 'Cloud de confiance',
  'report.profile.hds': 'HDS (données de santé)',
  'report.glance':
    '{notMet, plural, one {# exigence n’est pas satisfaite} other {# exigences ne sont pas satisfaites}}, {toProvide, plural, one {# attend des faits pour être évaluée} other {# attendent des faits pour être évaluées}}, {met, plural, one {# est satisfaite} other {# sont satisfaites}}.',
  'report.toc': 'Sommaire',
  'report.section.facts': 'Faits à fournir',
  'report.section.waivers': 'Dérogations et attestations',
  'report.section.provenance': 'Annexe : objet et moyens de l’évaluation',
  'report.section.file': 'Fichier {file}',
  'report.section.ownership-short': 'Qui détient le prestataire (19.6.b)',
  'report.rule-meta': 'sévérité : {severity}',
  'report.label.what-to-do': 'Que faire',
  'report.facts-intro':
    'Chaque point est un fait que la description ne donne pas : tant qu’il manque, l’exigence ne peut être évaluée, et elle compte contre le verdict sauf avec `--allow-unknown`.',
  'report.nothing-not-met':
    'Toutes les exigences applicables évaluées sont satisfaites ou font l’objet d’une dérogation.',
  'report.nothing-to-provide': 'Aucun fait ne manque.',
  'report.to-attest': 'À faire attester par un auditeur',
  'report.to-attest-what':
    'Un auditeur juge chacune et consigne son verdict dans un fichier d’attestations (`--attestations`) ; sans attestation valable, elle reste indéterminée.',
  'report.no-waivers': 'Aucune dérogation ni attestation ne s’applique.',
  'report.nothing-met': 'Aucune exigence n’est encore satisfaite.',
  'report.column.family': 'Famille',
  'report.column.score': 'Score',
  'report.column.requirement': 'Intitulé',
  'report.column.subjects': 'Objets',
  'report.subjects': '{count, plural, one {# objet} other {# objets}}',
  'report.met-family': '{family} : {count, plural, one {# règle satisfaite} other {# règles satisfaites}} — {clauses}',
  'report.not-applicable-list': 'Non applicables à cette description : {rules}.',
  'report.chart.title': 'Score par famille : part des verdicts applicables satisfaits ou couverts par une dérogation',
  'report.chart.pass': 'satisfait',
  'report.chart.waived': 'dérogation',
  'report.chart.unknown': 'faits manquants',
  'report.chart.fail': 'non satisfait',
  'report.chart.score': '{score} ({met} sur {applicable})',
  'report.field.packs-one': 'Référentiel de règles',
  'report.provenance.attestations': 'Fichier d’attestations',
  'report.provenance.waivers': 'Fichier de dérogations',
  'report.provenance.baseline': 'Référence (baseline)',
  'report.provenance.configuration': 'Configuration',
  'report.provenance.source': 'Document source',
  'report.field.options': 'Options',
  'report.options': 'bloquant à partir de la sévérité {failOn} ; verdicts indéterminés : {unknownPolicy}',
  'ownership.graph.title': 'Qui détient {entity}',
  'ownership.graph.outside': 'hors UE : {countries}',
  'ownership.graph.unplaced': 'non situé',
  'ownership.graph.public-float': 'flottant',
  'ownership.graph.eu': 'UE',
  'ownership.graph.edge-votes': '{capital} (votes {votes})',
  'ownership.graph.legend-outside': 'détenteur hors UE',
  'ownership.graph.legend-control': 'chaîne de contrôle (L.233-3)',
  'ownership.graph.describe-edge': '{holder} détient {share} de {held}',
  'ownership.graph.describe-edge-undisclosed': '{holder} détient une participation non publiée dans {held}',
  'ownership.graph.more':
    '{count, plural, one {# autre détenteur n’est pas dessiné} other {# autres détenteurs ne sont pas dessinés}} : {share} du capital ensemble ; snc ownership les liste tous.',

  // — terms: field names and other words that messages list ({ terms: [...] })
  'term.registeredOffice': 'siège statutaire',
  'term.centralAdministration': 'administration centrale',
  'term.principalEstablishment': 'principal établissement',
  'term.nationality': 'nationalité',
  'term.residence': 'résidence',
  'term.country': 'pays',
  'term.type': "type d'entité",

  // — snc rules show
  'rules.label.clause': 'Exigence',
  'rules.label.family': 'Famille',
  'rules.label.severity': 'Sévérité',
  'rules.label.pack': 'Référentiel',
  'rules.label.check': 'Contrôle',
  'rules.label.rationale': 'Justification',
  'rules.label.remediation': 'Remédiation',
  'rules.heading': '{label} :',
  'rules.label.notes': 'Sources et notes (pour l’auditeur)',
  'rules.function.required': 'obligatoire',
  'rules.function.one-of': 'parmi {values}',
  'rules.function.default': 'par défaut {value}',
  'rules.function.described': ' : {text}',
  'rules.function.type.integer': 'nombre entier',
  'rules.function.type.number': 'nombre',
  'rules.function.type.string': 'texte',
  'rules.function.type.boolean': 'booléen',
  'rules.function.type.array': 'liste',
  'rules.function.type.object': 'table',

  'engine.nothing-to-judge': 'Rien dans la description que cette règle puisse évaluer',

  // — checks: add each check's messages below, in the same order as en.ts
  'entity-seats.pass':
    '{entity} a son siège statutaire, son administration centrale et son principal établissement en {countries}, dans la zone exigée',
  'entity-seats.fail': '{entity} : {fields} hors de la zone exigée, en {countries}',
  'entity-seats.unknown':
    '{entity} : ses sièges ne peuvent être situés, {fields, plural, one {information manquante} other {informations manquantes}} : {fields}',

  // — ownership: capital and control, 19.6.b — the checks, their details, and `snc ownership`
  'term.measure.capital': 'capital',
  'term.measure.votingRights': 'droits de vote',
  'term.reading.economic': 'économique',
  'term.reading.control': 'de contrôle',
  'term.right.veto': 'un droit de veto',
  'term.right.golden-share': 'une action spécifique',
  'term.right.board-majority': 'le pouvoir de désigner la majorité du conseil',
  'term.right.other': 'un droit particulier',
  'term.entity.company': 'société',
  'term.entity.person': 'personne physique',
  'term.entity.state': 'État',
  'term.entity.fund': 'fonds',
  'term.entity.public-float': 'flottant',
  'term.control.majority': 'majorité des droits de vote',
  'term.control.presumption': 'plus de 40 % des droits de vote, aucun autre détenteur au-dessus',
  'term.control.board-majority': 'pouvoir de désigner la majorité du conseil',
  'term.jurisdiction.eu': 'UE',
  'term.jurisdiction.non-eu': 'hors UE',
  'term.jurisdiction.unknown': 'non situé',
  'term.jurisdiction.public-float': 'flottant (L.233-7)',
  'foreign-holding-max.individual.pass':
    '{provider} : aucun détenteur hors UE ne détient seul plus de {max} en {measures}, directement ou indirectement ; le plus qu’un seul détient ou pourrait détenir est {share}',
  'foreign-holding-max.individual.fail':
    '{holder}, hors UE, détient {share} de {provider} en {measure} (lecture {reading}), plus que le maximum de {max}',
  'foreign-holding-max.individual.unknown-none':
    '{provider} : aucun détenteur hors UE n’est connu, mais un seul pourrait détenir jusqu’à {upTo} en {measure} par des participations que la description laisse inexpliquées, plus que le maximum de {max}',
  'foreign-holding-max.individual.unknown-undisclosed':
    '{provider} : {holder}, hors UE, détient en {measure}, directement ou par les sociétés qu’il détient, une participation qui n’est pas connue en chiffre : au moins {known}, et jusqu’à {upTo} en comptant les participations que la description laisse inexpliquées, plus que le maximum de {max}',
  'foreign-holding-max.individual.unknown':
    '{provider} : d’après les faits connus, le premier détenteur hors UE en a {known} en {measure}, mais un seul pourrait atteindre {upTo} par des participations que la description laisse inexpliquées, plus que le maximum de {max}',
  'foreign-holding-max.collective.pass':
    '{provider} : les détenteurs hors UE détiennent ou pourraient détenir ensemble au plus {share} en {measures}, dans la limite de {max}',
  'foreign-holding-max.collective.fail':
    'Les détenteurs hors UE détiennent ensemble {share} de {provider} en {measure} (lecture {reading}), plus que le maximum de {max}',
  'foreign-holding-max.collective.unknown':
    '{provider} : les détenteurs hors UE en détiennent ensemble {known} en {measure} d’après les faits connus, mais pourraient en détenir {upTo} par des participations que la description laisse inexpliquées, plus que le maximum de {max}',
  'foreign-holding-max.collective.unknown-undisclosed':
    '{provider} : les détenteurs hors UE en détiennent ensemble {known} en {measure} d’après les faits connus, et pourraient en détenir {upTo} en comptant ce que la description laisse inexpliqué, plus que le maximum de {max} ; {holder} figure parmi les actionnaires de {held} avec une participation {stake, select, undisclosed {non publiée, de {from} jusqu’à ce que les autres détenteurs laissent de 100 %} other {connue seulement comme comprise entre {from} et {to}}}',
  'foreign-holding-max.not-applicable':
    '{provider} est {type, select, entity.person {une personne physique} entity.state {un État} entity.fund {un fonds} entity.public-float {un flottant} other {une {type}}}, sans capital ni droits de vote à détenir',
  'foreign-veto.pass':
    '{provider} : aucun droit de veto sur le prestataire, ni sur une entité qui le contrôle, n’est détenu depuis l’extérieur de l’UE',
  'foreign-veto.fail':
    '{holder} détient {right} sur {entity} ; ce détenteur est hors UE ou contrôlé depuis l’extérieur de l’UE ({via})',
  'foreign-veto.unknown':
    '{provider} : on ne peut établir si un détenteur hors UE dispose d’un veto sur le prestataire',
  'foreign-veto.not-applicable':
    '{provider} est {type, select, entity.person {une personne physique} entity.state {un État} entity.fund {un fonds} entity.public-float {un flottant} other {une {type}}} : aucune société dont les décisions pourraient faire l’objet d’un veto',
  'foreign-board-majority.pass':
    '{provider} : aucun détenteur hors UE ne contrôle le prestataire ni ne peut désigner la majorité de son conseil, ou du conseil d’une entité qui le contrôle',
  'foreign-board-majority.fail-control':
    'Le prestataire {provider} est contrôlé depuis l’extérieur de l’UE, au travers de la chaîne de contrôle {chain} ({basis}) : {via}, hors UE, peut désigner la majorité de son conseil',
  'foreign-board-majority.fail-right':
    '{holder} détient {right} sur {entity} ; ce détenteur est hors UE ou contrôlé depuis l’extérieur de l’UE ({via})',
  'foreign-board-majority.unknown':
    '{provider} : on ne peut établir si un détenteur hors UE peut désigner la majorité du conseil du prestataire',
  'foreign-board-majority.not-applicable':
    '{provider} est {type, select, entity.person {une personne physique} entity.state {un État} entity.fund {un fonds} entity.public-float {un flottant} other {une {type}}}, sans conseil',
  'ownership.detail.holder': '{holder} : {measure}, {economic} en lecture économique, {control} en lecture de contrôle',
  'ownership.detail.path': '{path} = {share}',
  'ownership.detail.path-control': '{path} = {share} (lecture de contrôle)',
  'ownership.detail.other-paths': '… et {share} par des participations croisées ou d’autres chemins',
  'ownership.detail.counted': '{holder} : {share} en {measure} comptés dans le total hors UE',
  'ownership.detail.more-holders':
    '… et {count, plural, one {# autre détenteur} other {# autres détenteurs}} hors UE, {share} ensemble',
  'ownership.detail.remainder':
    '{entity} : {missing} en {measure} ne sont pas couverts par ses actionnaires déclarés ({share} de {provider})',
  'ownership.detail.range':
    '{entity} : {holder} en détient entre {min} et {max} de {measure} ; {min} est compté, le reste, jusqu’à {max}, demeure inexpliqué (peut-être détenu hors de l’UE)',
  'ownership.detail.undisclosed':
    '{entity} : {holder} en détient une part non publiée de {measure}, de {min} jusqu’à ce que les autres détenteurs laissent de 100 % ; elle demeure inexpliquée (peut-être détenue hors de l’UE)',
  'ownership.range': '{min}–{max}',
  'ownership.stake-undisclosed': 'non publiée',
  'ownership.range-undisclosed': '{min}–{max}, non publiée',
  'ownership.detail.measure-missing':
    '{entity} : {holders, plural, one {actionnaire déclaré} other {actionnaires déclarés}} sans {measure} : {holders}',
  'ownership.detail.no-shareholders':
    '{entity} : aucun actionnaire déclaré, on ignore donc qui détient in fine ses {share} de {provider}',
  'ownership.detail.jurisdiction-unknown':
    '{entity}, {fields, plural, one {information manquante} other {informations manquantes}} : {fields} ; ses {share} de {provider} ne peuvent être situés dans ou hors de l’UE',
  'ownership.detail.control-undetermined':
    '{entity} : ses droits de vote déclarés ne permettent pas d’établir qui contrôle cette entité, ses {share} de {provider} (lecture de contrôle) pourraient donc revenir à un détenteur hors UE',
  'ownership.detail.rights-not-given':
    '{entity} : droits particuliers non renseignés (écrire `specialRights: []` s’il n’y en a aucun)',
  'ownership.detail.control-open':
    '{entity} : la description ne permet pas d’établir qui contrôle cette entité, les droits détenus sur ceux qui la contrôlent restent donc invisibles',
  'ownership.detail.right-holder-unknown':
    '{holder} détient {right} sur {entity}, et l’on ne peut établir si ce détenteur est hors UE ou contrôlé depuis l’extérieur de l’UE, {missing, plural, one {information manquante} other {informations manquantes}} : {missing}',
  'ownership.detail.right-outside':
    '{holder} détient {right} sur {entity} ; ce détenteur est hors UE ou contrôlé depuis l’extérieur de l’UE ({via})',
  'ownership.detail.missing': 'Non renseigné : {missing}',
  'ownership.title': 'Capital et contrôle de {entity} — {file}, au {date}',
  'ownership.not-applicable':
    '{entity} est {type, select, entity.person {une personne physique} entity.state {un État} entity.fund {un fonds} entity.public-float {un flottant} other {une {type}}}, sans capital ni droits de vote à détenir',
  'ownership.section.holders': 'Détenteurs : détenteurs ultimes, et sociétés intermédiaires hors UE ou non situées',
  'ownership.section.figures': 'Ce que juge le 19.6.b (la plus stricte des deux lectures)',
  'ownership.section.paths': 'Pourquoi : les chemins qui composent chaque part détenue depuis l’extérieur de l’UE',
  'ownership.section.unexplained': 'Ce que la description laisse inexpliqué',
  'ownership.section.control': 'Contrôle (Code de commerce, L.233-3)',
  'ownership.section.rights': 'Droits particuliers sur {entity} et sur les entités qui contrôlent le prestataire',
  'ownership.column.holder': 'Détenteur',
  'ownership.column.type': 'Type',
  'ownership.column.jurisdiction': 'Juridiction',
  'ownership.column.capital-economic': 'Capital, économique',
  'ownership.column.capital-control': 'Capital, contrôle',
  'ownership.column.votes-economic': 'Votes, économique',
  'ownership.column.votes-control': 'Votes, contrôle',
  'ownership.explained':
    'Couvert par les détenteurs ultimes (lecture économique) : {capital} du capital, {votes} des droits de vote',
  'ownership.figure.individual':
    'Premier détenteur hors UE, {measure} : {known}{holder} ; au plus {upTo} en comptant les participations inexpliquées (maximum {max})',
  'ownership.figure.collective':
    'Détenteurs hors UE ensemble, {measure} : {known} ; au plus {upTo} en comptant les participations inexpliquées (maximum {max})',
  'ownership.figure.holder': ' ({holder}, lecture {reading})',
  'ownership.legend':
    '→ n % X : détient n % de X. ⇒ X : contrôle X (L.233-3) et se voit attribuer toute sa participation.',
  'ownership.paths.holder':
    '{holder} : capital {capital}, droits de vote {votes} (économique) ; capital {capitalControl}, droits de vote {votesControl} (contrôle)',
  'ownership.paths.path-measure': '{path} = {share} en {measure}',
  'ownership.paths.path-both': '{path} = {capital} du capital, {votes} des droits de vote',
  'ownership.paths.control': '(lecture de contrôle)',
  'path.omitted': '→ … {count, plural, one {# lien de plus} other {# liens de plus}} …',
  'ownership.paths.unlisted':
    '{capital} du capital, {votes} des droits de vote par des chemins non listés (les chemins sont cherchés d’abord pour les plus grands détenteurs, avec un effort borné)',
  'ownership.paths.other':
    '… et {capital} du capital, {votes} des droits de vote par des participations croisées ou d’autres chemins',
  'ownership.control.controlled':
    '{entity} : contrôle exercé par {controller} ({basis}, {votes} des droits de vote), au travers de la chaîne de contrôle {chain}',
  'ownership.control.joint':
    'Contrôle conjoint de {entity} par {holders} (chacun plus de 40 % des droits de vote, aucun au-dessus de l’autre) ; la lecture la plus stricte attribue le contrôle à {controller}',
  'ownership.control.uncontrolled':
    'Personne ne contrôle {entity} : ni majorité des droits de vote, ni détenteur seul au-dessus de 40 %, ni pouvoir de désigner la majorité du conseil',
  'ownership.control.undetermined': 'La description ne permet pas d’établir qui contrôle {entity}',
  'ownership.control.outside': 'Contrôle exercé depuis l’extérieur de l’UE, par {via}',
  'ownership.right': '{holder} détient {right} sur {entity} : {status}',
  'ownership.right.eu': 'dans l’UE',
  'ownership.right.non-eu': 'détenteur hors UE ou contrôlé depuis l’extérieur de l’UE ({via})',
  'ownership.right.unknown':
    'détenteur impossible à situer ({missing, plural, one {information manquante} other {informations manquantes}} : {missing})',
  'ownership.rights-not-given':
    '{entities} : droits particuliers non renseignés (écrire `specialRights: []` s’il n’y en a aucun)',
  'ownership.none': 'Aucun.',

  // — règles : contrôles des exigences 19.1, 19.2, 19.6.a/c/d/f, 9.7.d, 10.6.a, de la qualification et HDS EXI 28–29
  'term.area-eu': 'Union européenne',
  'term.area-eea': 'Espace économique européen',
  'term.data.customer-content': 'contenu client',
  'term.data.backups': 'sauvegardes',
  'term.data.technical-data': 'données techniques',
  'term.data.logs': 'journaux',
  'term.data.telemetry': 'télémétrie',
  'term.data.billing': 'facturation',
  'term.place.stored': 'stockées',
  'term.place.processed': 'traitées',
  'term.place.sent': 'transmises',
  'term.role.administration': 'administration',
  'term.role.supervision': 'supervision',
  'term.role.support': 'support',
  'term.clause.changesNeedCustomerAcceptance':
    'que toute modification de la convention est soumise à l’acceptation du client',
  'term.clause.responsibilities':
    'les obligations, droits et responsabilités de chaque partie (prestataire, tiers, client)',
  'term.clause.exclusions':
    'ce qui est explicitement exclu des responsabilités du prestataire, dans les limites de la loi (RGPD art. 28)',
  'term.clause.serviceLocation': 'la localisation du service, et celle du support lorsqu’il est assuré hors de l’UE',
  'term.clause.lawfulProcessing':
    'que les données sont collectées, manipulées, stockées et traitées selon la législation en vigueur à chaque phase (avant-vente, mise en œuvre, maintien, arrêt)',
  'term.clause.nonEuLawRiskOnRequest':
    'que le prestataire fournit au client, sur demande, les éléments d’appréciation du risque que ses données soient soumises à un droit extra-européen',
  'term.clause.complianceMeans':
    'les moyens techniques et organisationnels mis en œuvre par le prestataire pour respecter le droit applicable',
  'term.clause.terminationWithoutPenalty':
    'la clause de révision permettant au client de résilier sans pénalité si le service perd sa qualification',
  'term.clause.reversibility':
    'la clause de réversibilité : le client récupère l’ensemble de ses données, fournies ou produites dans le service',
  'term.clause.reversibilityMeans': 'les modalités techniques de la réversibilité (formats documentés, interfaces)',
  'term.clause.availability': 'le niveau de disponibilité du service',
  'term.clause.noDisposalOfData':
    'que le prestataire ne peut disposer des données transmises ou générées par le client',
  'term.clause.noDisclosure':
    'qu’aucune information sur le service n’est divulguée à des tiers sans l’autorisation formelle et écrite du client',
  'term.clause.backups':
    'si les données du client sont sauvegardées automatiquement et, sinon, les risques et les actions de sauvegarde du client',
  'term.clause.remoteAccess': 'si l’accès à distance pour l’administration ou le support est autorisé',
  'term.clause.anssiComplaint':
    'que le client peut déposer une réclamation auprès de l’ANSSI au sujet du service qualifié',
  'term.clause.anssiAudit': 'que le client autorise l’ANSSI et l’organisme de qualification à auditer le service',
  'term.clause.auditAuthorisation':
    'que le client autorise un auditeur PASSI qualifié, mandaté par le prestataire, à auditer le service selon le plan de contrôle',
  'term.clause.auditInformation':
    'que le prestataire met à disposition les informations nécessaires aux audits au titre de l’article 28 du RGPD menés par le client ou un tiers mandaté',
  'term.clause.passiAuditor': 'que le tiers mandaté pour ces audits est un PASSI qualifié (une recommandation)',
  'term.clause.dataLocation':
    'où les données du client sont stockées et traitées, telles que documentées pour le client',
  'term.clause.endOfContractErasure':
    'l’effacement sécurisé de l’intégralité des données du client en fin de contrat, sa méthode, son délai et son préavis',
  'term.clause.technicalDataDeletion': 'la suppression des données techniques relatives au client en fin de contrat',
  'term.third-party.subcontractor': 'sous-traitant',
  'term.third-party.administration': 'employeur de l’administration',
  'term.third-party.supervision': 'employeur de la supervision',
  'term.third-party.support': 'employeur du support',
  'term.third-party.flow-recipient': 'destinataire d’un flux',
  'term.third-party.site-operator': 'exploitant de site',
  'term.basis.adequacy-decision': 'une décision d’adéquation (RGPD, art. 45)',
  'term.basis.appropriate-safeguards': 'des garanties appropriées (RGPD, art. 46)',
  'term.qualification.qualified': 'qualifiée',
  'term.qualification.certified': 'certifiée',
  'term.qualification.in-progress': 'en cours',
  'term.qualification.expired': 'expirée',
  'term.qualification.withdrawn': 'retirée',
  'term.qualification.none': 'aucune',
  'term.field.storedAt': 'lieux de stockage (storedAt)',
  'term.field.processedAt': 'lieux de traitement (processedAt)',
  'term.field.locatedIn': 'localisation (locatedIn)',
  'term.field.documented': 'opérations documentées (documented)',
  'term.field.accessToCustomerData': 'accès aux données des clients (accessToCustomerData)',
  'term.field.supervisedAccess': 'accès supervisé (supervisedAccess)',
  'term.field.transferBasis': 'fondement du transfert (transferBasis)',
  'term.field.qualified': 'qualification SecNumCloud (qualified)',
  'term.field.ownSkills': 'compétences propres (autonomy.ownSkills)',
  'term.field.alternatives': 'fournisseurs alternatifs (autonomy.alternatives)',
  'term.field.version': 'version',
  'term.field.validUntil': 'fin de validité (validUntil)',
  'term.field.contract.governingLaw': 'Droit applicable au contrat (contract.governingLaw)',
  'term.field.certificates.authorityCountry': 'Pays de l’autorité de certification (certificates.authorityCountry)',
  'applicability.sensitivity':
    'Cette règle ne s’applique que si dataSensitivity vaut {required} ; la description indique {declared}',
  'applicability.sensitivity-absent':
    'Cette règle ne s’applique que si dataSensitivity vaut {required} ; la description ne renseigne pas dataSensitivity',
  'data-location.pass':
    'Flux « {kind} » : données {places} uniquement dans les pays suivants : {countries} (zone exigée : {area})',
  'data-location.fail':
    'Flux « {kind} » : données {places} sur le site {sites}, hors de la zone exigée ({area}) : {countries}',
  'data-location.fail-recipient':
    'Flux « {kind} » : données transmises à {entity}, entité établie hors de la zone exigée ({area}) : {countries}',
  'data-location.unknown-contains':
    'Flux « {kind} » : il sort de la zone exigée ({area}) vers les pays suivants : {countries}, {fields, plural, one {information manquante} other {informations manquantes}} : {fields}',
  'data-location.unknown-field':
    'Flux « {kind} » : {fields, plural, one {information manquante} other {informations manquantes}} ({fields}), la localisation des données ne peut être évaluée',
  'data-location.unknown-site':
    'Flux « {kind} » : pays non renseigné pour le site {sites}, la localisation des données ne peut être évaluée',
  'data-location.unknown-recipient':
    'Flux « {kind} » : données transmises à {entity}, entité dont les éléments suivants ne sont pas renseignés : {fields}',
  'data-location.none':
    'Aucun flux de données des types suivants n’est décrit (data) : {kinds} ; leur localisation ne peut être évaluée',
  'data-location.not-applicable':
    'Flux « {kind} » : il ne transporte ni données des clients ni données techniques (`containsCustomerData: false`, `containsTechnicalData: false`) ; sa destination n’est donc pas évaluée',
  'term.field.containsCustomerData': 's’il transporte des données des clients (containsCustomerData)',
  'term.field.containsTechnicalData': 's’il transporte des données techniques (containsTechnicalData)',
  'staff-location.pass': 'Équipe « {role} » ({group}) : localisation {countries}, dans la zone exigée ({area})',
  'staff-location.fail': 'Équipe « {role} » ({group}) : localisation {countries}, hors de la zone exigée ({area})',
  'staff-location.unknown': 'Équipe « {role} » ({group}) : localisation non renseignée (locatedIn)',
  'staff-location.missing-role':
    'Aucune équipe « {role} » n’est décrite (staff) : le lieu d’où s’exerce cette fonction ne peut être évalué',
  'support-access.pass-inside': 'Équipe « support » ({group}) : localisation {countries}, dans la zone exigée ({area})',
  'support-access.pass-documented':
    'Équipe « support » ({group}) : localisation {countries}, hors de la zone exigée ({area}) ; opérations documentées, sans accès aux données des clients',
  'support-access.pass-jump-host':
    'Équipe « support » ({group}) : localisation {countries}, hors de la zone exigée ({area}) ; opérations documentées, tout accès aux données des clients passe par un poste de rebond supervisé',
  'support-access.undocumented':
    'Équipe « support » ({group}) : localisation {countries}, hors de la zone exigée ({area}), sans liste documentée des opérations autorisées (`documented: false`)',
  'support-access.unsupervised':
    'Équipe « support » ({group}) : accès aux données des clients depuis l’extérieur de la zone exigée ({area}), localisation {countries}, sans poste de rebond supervisé (`supervisedAccess: none`)',
  'support-access.unknown':
    'Équipe « support » ({group}) : localisation {countries}, hors de la zone exigée ({area}) ; éléments non renseignés : {fields}',
  'support-access.unknown-location': 'Équipe « support » ({group}) : localisation non renseignée (locatedIn)',
  'support-access.none': 'Aucune équipe de support n’est décrite (staff) : aucun accès de support à évaluer',
  'staff-transfer-basis.pass-inside':
    'Équipe « {role} » ({group}) : localisation {countries}, dans la zone exigée ({area})',
  'staff-transfer-basis.pass-no-access':
    'Équipe « {role} » ({group}) : localisation {countries}, hors de la zone exigée ({area}), sans accès aux données des clients',
  'staff-transfer-basis.pass-basis':
    'Équipe « {role} » ({group}) : localisation {countries}, hors de la zone exigée ({area}) ; tout accès aux données des clients repose sur {basis}',
  'staff-transfer-basis.fail':
    'Équipe « {role} » ({group}) : accès aux données des clients depuis l’extérieur de la zone exigée ({area}), localisation {countries}, sans fondement de transfert au titre du RGPD (`transferBasis: none`)',
  'staff-transfer-basis.unknown':
    'Équipe « {role} » ({group}) : {fields, plural, one {information manquante} other {informations manquantes}} ({fields}), son accès depuis l’extérieur de la zone exigée ({area}) ne peut être évalué',
  'staff-transfer-basis.no-staff':
    'Aucun personnel n’est décrit (staff) : qui accède aux données, et d’où, ne peut être évalué',
  'staff-transfer-basis.none': 'La description ne mentionne aucun personnel (`staff: []`)',
  'location.line': '{pointer}, ligne {line, number}',
  'subcontractor-access.pass-no-access':
    '{entity}, tiers comme {roles} : aucune possibilité technique d’accès aux données des clients ni aux données techniques',
  'subcontractor-access.pass-eu': '{entity}, tiers comme {roles} : siège, détention et contrôle au sein de l’UE',
  'subcontractor-access.fail':
    '{entity}, tiers comme {roles} : siège, détention ou contrôle hors de l’UE ({holders}), avec une possibilité technique d’accès aux données',
  'subcontractor-access.unknown-access':
    '{entity}, tiers comme {roles} : siège, détention ou contrôle hors de l’UE ({holders}) ; possibilité technique d’accès aux données non renseignée ({fields})',
  'subcontractor-access.unknown-control':
    '{entity}, tiers comme {roles} : accès technique aux données possible, et rattachement hors de l’UE impossible à établir ; faits non renseignés sur {blamed} ({missing})',
  'subcontractor-access.unknown-range':
    '{entity}, tiers comme {roles} : accès technique aux données possible, et détention ou contrôle hors de l’UE impossible à établir : {holder} figure parmi les actionnaires de {held} avec une participation {stake, select, undisclosed {non publiée, de {from} jusqu’à ce que les autres détenteurs laissent de 100 %} other {connue seulement comme comprise entre {from} et {to}}}, si bien {scope, select, collective {que les détenteurs hors UE pourraient ensemble} other {qu’un seul détenteur hors UE pourrait}} en détenir jusqu’à {upTo} en {measure} ({known} d’après les faits connus), plus que le maximum de {max}',
  'subcontractor-access.detail.missing':
    '{entity} : {fields, plural, one {information non renseignée} other {informations non renseignées}} : {fields} ({at})',
  'subcontractor-access.detail.incomplete': '{entity} : ses actionnaires déclarés n’en couvrent pas la totalité ({at})',
  'subcontractor-access.detail.range':
    '{entity} : {holder} en détient {stake, select, undisclosed {une part non publiée, d’au moins {from}} other {entre {from} et {to}}} ({at})',
  'subcontractor-access.unlisted':
    'Les sous-traitants ne sont pas décrits (subcontractors) ; indiquer `subcontractors: []` s’il n’y en a aucun',
  'subcontractor-access.none':
    'La description ne fait apparaître aucun tiers pouvant accéder aux données : aucun sous-traitant, ni aucune autre entité employant du personnel ayant accès aux données, destinataire d’un flux de données ou exploitant un site avec accès',
  'subcontractor-autonomy.pass-qualified': '{entity} : prestataire qualifié SecNumCloud',
  'subcontractor-autonomy.pass-own-skills':
    '{entity} : autonomie d’exploitation assurée par les compétences propres du prestataire',
  'subcontractor-autonomy.pass-alternatives':
    '{entity} : autonomie d’exploitation assurée par {count, plural, one {# fournisseur alternatif} other {# fournisseurs alternatifs}} (au moins {min, plural, one {# exigé} other {# exigés}})',
  'subcontractor-autonomy.fail':
    '{entity} : sous-traitant non qualifié SecNumCloud, que les compétences propres du prestataire ne permettent pas de remplacer, avec trop peu de fournisseurs alternatifs ({count, number}, au moins {min, plural, one {# exigé} other {# exigés}})',
  'subcontractor-autonomy.unknown':
    '{entity} : l’autonomie d’exploitation ne peut être évaluée ; éléments non renseignés : {fields}',
  'subcontractor-autonomy.unlisted':
    'Les sous-traitants ne sont pas décrits (subcontractors) ; indiquer `subcontractors: []` s’il n’y en a aucun',
  'subcontractor-autonomy.none': 'La description ne mentionne aucun sous-traitant',
  'country-field.pass': '{field} : {country}, dans la zone exigée ({area})',
  'country-field.fail': '{field} : {country}, hors de la zone exigée ({area})',
  'country-field.unknown': '{field} : non renseigné',
  'states-qualification.pass': 'Le contrat mentionne que le service est qualifié SecNumCloud',
  'states-qualification.fail':
    'Le contrat ne mentionne pas que le service est qualifié SecNumCloud (`statesQualification: false`)',
  'states-qualification.unknown':
    'La mention de la qualification dans le contrat n’est pas renseignée (contract.statesQualification)',
  'change-notice.pass':
    'Les changements affectant la protection vis-à-vis du droit extra-européen sont notifiés au client sous {days, plural, one {# jour} other {# jours}} (au plus {max, number})',
  'change-notice.fail':
    'Les changements affectant la protection vis-à-vis du droit extra-européen sont notifiés au client sous {days, plural, one {# jour} other {# jours}}, au-delà {max, plural, one {du # jour admis} other {des # jours admis}}',
  'change-notice.unknown':
    'Le délai de notification des changements affectant la protection vis-à-vis du droit extra-européen n’est pas renseigné (contract.changeNoticeDays)',
  'contract-clause.pass': 'Énoncé dans la convention de service, {section} : {what}',
  'contract-clause.fail': 'La convention de service n’énonce pas {what} (`contract.clauses.{clause}: false`)',
  'contract-clause.unknown': 'Non renseigné : où la convention de service énonce {what} (contract.clauses.{clause})',
  'field.contract-clause': 'Où la convention énonce {what}.',
  'language-offered.pass': '{field} : {given}, dont {language}',
  'language-offered.fail': '{field} : {given}, sans la langue exigée ({language})',
  'language-offered.unknown': '{field} : non renseigné',
  'term.field.languages.interfaces': 'Langues des interfaces accessibles au client (languages.interfaces)',
  'term.field.languages.firstLevelSupport': 'Langues du support de premier niveau (languages.firstLevelSupport)',
  'erasure-notice.pass':
    'Le client est prévenu {days, plural, one {# jour} other {# jours}} avant l’effacement de ses données (au moins {min, number})',
  'erasure-notice.fail':
    'Le client est prévenu {days, plural, one {# jour} other {# jours}} avant l’effacement de ses données, moins que les {min, number} exigés',
  'erasure-notice.unknown':
    'Le préavis de l’effacement des données du client en fin de contrat n’est pas renseigné (contract.erasureNoticeDays)',
  'term.clause.backupRiskWarning':
    'l’avertissement des risques lorsque les données du client ne sont pas sauvegardées automatiquement',
  'term.clause.customerBackupSteps': 'les actions que le client doit mener pour sauvegarder ses données',
  'availability-level.pass': 'La convention indique un niveau de disponibilité de {level, number} %',
  'availability-level.unknown': 'Le niveau de disponibilité n’est pas renseigné par un chiffre (contract.availability)',
  'automatic-backups.yes': 'Les données du client sont sauvegardées automatiquement',
  'automatic-backups.no':
    'Les données du client ne sont pas sauvegardées automatiquement : la convention doit avertir des risques et indiquer les actions de sauvegarde du client',
  'automatic-backups.unknown':
    'Non renseigné : si les données du client sont sauvegardées automatiquement (contract.automaticBackups)',
  'erasure-method.pass': 'Les données sont effacées en fin de contrat par {methods}',
  'erasure-method.unknown':
    'Les méthodes de l’effacement en fin de contrat ne sont pas renseignées (contract.erasureMethods)',
  'erasure-days.pass':
    'Les données sont effacées dans {days, plural, one {# jour} other {# jours}} après la fin du contrat',
  'erasure-days.unknown': 'Le délai de l’effacement en fin de contrat n’est pas renseigné (contract.erasureDays)',
  'term.erasure.overwrite': 'réécriture complète de tous les supports',
  'term.erasure.key-erasure': 'effacement des clés de chiffrement du stockage',
  'term.erasure.secure-recycling': 'recyclage sécurisé',
  'term.clause.supportLocation': 'la localisation du support assuré hors de l’UE',
  'support-location.inside':
    'Aucun support n’est assuré hors de la zone exigée ({area}) : la convention n’a pas à indiquer la localisation du support',
  'support-location.unknown':
    'Non renseigné : d’où travaille une équipe de support (staff[].locatedIn) ; on ne peut dire si la convention doit indiquer la localisation du support',
  'qualification-certificate.pass': 'La convention joint l’attestation de qualification du {date} ({section})',
  'qualification-certificate.fail': 'La convention ne joint pas l’attestation de qualification',
  'qualification-certificate.unknown':
    'Non renseigné : où la convention joint l’attestation de qualification, et sa date (contract.qualificationCertificate)',
  'reversibility-means.pass': 'Réversibilité par {offered}',
  'reversibility-means.fail': 'Aucune modalité technique de réversibilité n’est offerte (`reversibilityMeans: []`)',
  'reversibility-means.unknown':
    'Les modalités techniques de réversibilité ne sont pas renseignées (contract.reversibilityMeans)',
  'term.reversibility.documented-files': 'des fichiers aux formats documentés',
  'term.reversibility.api': 'une interface au schéma documenté',
  'secnumcloud-qualification.pass':
    'L’offre est qualifiée SecNumCloud {version}, qualification valide jusqu’au {validUntil} (évaluation au {date})',
  'secnumcloud-qualification.not-qualified':
    'La qualification SecNumCloud de l’offre a le statut « {status} », et non « qualifiée »',
  'secnumcloud-qualification.wrong-version': 'L’offre est qualifiée SecNumCloud {version}, et non {required}',
  'secnumcloud-qualification.expired':
    'La qualification SecNumCloud de l’offre n’était valide que jusqu’au {validUntil}, avant la date d’évaluation ({date})',
  'secnumcloud-qualification.unknown': 'Qualification SecNumCloud de l’offre : éléments non renseignés : {fields}',
  'secnumcloud-qualification.none': 'L’offre ne mentionne aucune qualification SecNumCloud (offer.qualifications)',
  'secnumcloud-qualification.unlisted': 'Les qualifications de l’offre ne sont pas renseignées (offer.qualifications)',

  // — la piste d'audit : attestations, dérogations, sources, références
  'attested.pass': 'Attesté conforme par {by} le {date}, valable jusqu’au {expires} : {justification}',
  'attested.fail': 'Attesté non conforme par {by} le {date}, valable jusqu’au {expires} : {justification}',
  'attested.expired':
    'L’attestation de {by} du {date} a expiré le {expires} : un auditeur doit attester de nouveau cette exigence (fichier d’attestations)',
  'attested.not-yet': 'L’attestation de {by} prend effet le {date}, après la date d’évaluation {evaluated}',
  'attested.none':
    'Aucune attestation ne couvre cette exigence : un auditeur la juge et consigne son verdict dans un fichier d’attestations (--attestations)',
  'warning.what-clause': 'l’exigence {clause}',
  'warning.what-rule': 'la règle {rule}',
  'warning.attestation-expired': 'L’attestation de {what} par {by} a expiré le {expires} : elle ne compte plus',
  'warning.attestation-expiring':
    'L’attestation de {what} par {by} expire le {expires}, dans {days, plural, one {# jour} other {# jours}}',
  'warning.attestation-not-yet':
    'L’attestation de {what} par {by} est datée du {date}, après la date d’évaluation : elle ne compte pas encore',
  'warning.attestation-unused':
    'L’attestation de {what} par {by} ne concerne aucune règle exécutée qui juge sur attestation',
  'warning.waiver-what-rule': '{rule} (tous les sujets)',
  'warning.waiver-what-subject': '{rule} sur {subject}',
  'warning.waiver-expired':
    'La dérogation à {what} a expiré le {expires} : elle ne s’applique pas, et les verdicts qu’elle couvrait demeurent',
  'warning.waiver-expiring':
    'La dérogation à {what} expire le {expires}, dans {days, plural, one {# jour} other {# jours}}',
  'warning.waiver-unused':
    'La dérogation à {what} ne couvre rien : aucun verdict non conforme ou indéterminé ne lui correspond',
  'warning.waiver-over-pass':
    'La dérogation à {what} ne couvre rien : tout verdict qu’elle vise est conforme ou sans objet',
  'report.waiver': 'Dérogation approuvée par {approvedBy}, jusqu’au {expires} : {justification}',
  'report.waiver-ticket': 'Dérogation approuvée par {approvedBy}, jusqu’au {expires} ({ticket}) : {justification}',
  'report.waiver-where': 'Le verdict {verdict} de {rule} sur {subject}, couvert par {file}',
  'report.baseline-mark':
    '{state, select, new {Nouveau depuis la référence} unchanged {Dans la référence, inchangé} other {{changed, select, status {Dans la référence comme {was} : même constat, son statut a changé} other {Dans la référence : même constat, les faits ont changé}}}}{known, select, yes { ; connu, il ne bloque pas} lapsed { ; la référence ne le tenait que par dérogation, il bloque donc de nouveau} changed { ; ce que la référence acceptait n’est plus ce qui est jugé, il bloque donc} other {}}',
  'report.baseline-tag': '{state, select, new {nouveau} unchanged {référence} other {référence, modifié}}',
  'report.known':
    '{count, plural, one {# constat connu de la référence ne bloque pas} other {# constats connus de la référence ne bloquent pas}}',
  'report.not-met-known': '{notMet} ; {known}',
  'report.section.fixed': 'Corrigé depuis la référence',
  'report.baseline-counts':
    'Comparé à la référence {file} : {new, plural, one {# nouveau} other {# nouveaux}}, {unchanged, plural, one {# inchangé} other {# inchangés}}, {updated, plural, one {# modifié} other {# modifiés}}, {fixed, plural, one {# corrigé} other {# corrigés}}',
  'report.fixed':
    'Le verdict {status} de {rule} sur {subject} ({file}){now, select, none { : son sujet n’est plus évalué} other {, désormais {now}}} : {message}',
  'report.nothing-fixed': 'Rien de ce que la référence contenait n’est corrigé.',
  'report.section.waivers-applied': 'Dérogations',
  'diff.title': 'Changements de {old} à {new}',
  'diff.section.verdicts': 'Verdicts modifiés',
  'diff.section.facts': 'Faits modifiés',
  'diff.none-verdicts': 'Aucun verdict ne change.',
  'diff.none-facts': 'Aucun fait ne change.',
  'diff.not-judged': 'non jugé',
  'diff.verdict': '{rule} ({clause}) sur {subject} : {old} → {new}',
  'diff.fact.added': '{path} : ajouté, {value}',
  'diff.fact.removed': '{path} : retiré, valait {value}',
  'diff.fact.changed': '{path} : {old} → {new}',
  'diff.flag': '19.6.f : {topic}',
  'diff.topic.seats': 'sièges',
  'diff.topic.holdings': 'participations',
  'diff.topic.control': 'contrôle',
  'diff.topic.special-rights': 'droits particuliers',
  'diff.topic.third-parties': 'tiers',
  'diff.topic.third-party-access': 'accès des tiers',
  'diff.notice':
    '{count, plural, one {# changement touche} other {# changements touchent}} la protection vis-à-vis du droit extra-européen ({topics}) : selon 19.6.f, le client doit en être informé formellement sous un mois.',
  'diff.no-notice': 'Aucun changement ne relève de 19.6.f : aucune information du client n’est due.',
  'diff.files': 'SHA-256 des deux fichiers :',
  'report.section.warnings': 'Avertissements',
  'warning.source-file-missing': 'Source {id} : le fichier {file} est introuvable, son SHA-256 ne peut être calculé',
  'warning.source-file-unreadable':
    'Source {id} : le fichier {file} est illisible ({problem}), son SHA-256 ne peut être calculé',
  'warning.source-future': 'La source {id} est datée du {date}, après la date d’évaluation',
  'warning.source-old':
    'La source {id} ({title}, {date}) a plus de {months, plural, one {# mois} other {# mois}} à la date d’évaluation',
  'warning.source-unused': 'La source {id} n’est citée par aucun fait',
  'warning.profiles-not-judged':
    'La description déclare {declared}, que cette exécution n’évalue pas : elle évalue {judged}, les profils demandés pour l’exécution (--profile ou la configuration)',
  'warning.undocumented':
    '--require-sources : {count, plural, one {# objet énonce des faits} other {# objets énoncent des faits}} sans source, qui comptent comme non renseignés : {first}',
  'warning.undocumented-more':
    '--require-sources : {count, plural, one {# objet énonce des faits} other {# objets énoncent des faits}} sans source, qui comptent comme non renseignés : {first} et {more, plural, one {# autre} other {# autres}}',
  'report.based-on': 'Sur la foi de : {sources}',
  'report.undocumented': 'Déclaré, non documenté',
  'report.source': '{title}, {issuer}, {date}',
  'report.label.baseline': 'Référence',
  'report.label.sources': 'Sources',
  'report.attestation': 'l’attestation de {by} du {date}',
  'report.no-sources': 'La description ne cite aucune source : chacun de ses faits est déclaré, non documenté.',

  // — input errors: what a description, a pack or a file must be
  'input.value.null': 'null',
  'input.value.list': 'une liste',
  'input.value.mapping': 'une table',
  'input.value.text': 'le texte {text}',
  'input.value.boolean': 'le booléen {value}',
  'input.value.number': 'le nombre {value}',
  'input.type.mapping': 'une table',
  'input.type.list': 'une liste',
  'input.type.integer': 'un nombre entier',
  'input.type.string': 'un texte',
  'input.type.number': 'un nombre',
  'input.type.boolean': 'un booléen',
  'input.type.null': 'null',
  'input.range.both': 'un nombre de {min} à {max}',
  'input.range.min': 'un nombre ≥ {limit}',
  'input.range.max': 'un nombre ≤ {limit}',
  'input.schema.expected': '{field} : attendu {expected}, trouvé {got}{hint}',
  'input.schema.required': '{field} : il manque le champ obligatoire `{name}`',
  'input.schema.unknown-field': '{field} : champ inconnu{hint}',
  'input.schema.one-of-hint': ' (champs possibles : {values})',
  'input.schema.enum': '{field} : attendu l’une des valeurs {values}, trouvé {got}{hint}',
  'input.schema.pattern': '{field} : attendu un texte de la forme {pattern}, trouvé {got}',
  'input.schema.twice': '{field} : {value} figure deux fois',
  'input.schema.empty': '{field} : ne doit pas être vide',
  // — input errors: hints and the checks the schema cannot express
  'input.hint.did-you-mean': ' (vouliez-vous dire {choices} ?)',
  'input.hint.or': ' ou ',
  'input.hint.country': ' (vouliez-vous dire `{code}` pour {name} ?)',
  'input.undefined.provider': 'le fournisseur `{id}` n’est pas défini dans entities{hint}',
  'input.undefined.holder': 'le détenteur `{id}` n’est pas défini dans entities{hint}',
  'input.undefined.operator': 'l’exploitant `{id}` n’est pas défini dans entities{hint}',
  'input.undefined.entity': 'l’entité `{id}` n’est pas définie dans entities{hint}',
  'input.undefined.employer': 'l’employeur `{id}` n’est pas défini dans entities{hint}',
  'input.undefined.site': 'le site `{id}` n’est pas défini dans sites{hint}',
  'input.undefined.source': 'la source `{id}` n’est pas définie dans sources{hint}',
  'input.access.entries':
    'contredit `technicalAccessToData: {stated}` de subcontractors[{index}] : une entrée vaut pour tous les rôles de `{entity}`, ses entrées doivent donc concorder',
  'input.access.role.administration':
    'cette équipe d’administration a accès aux données, ce qui contredit `technicalAccessToData: {stated}` de subcontractors[{index}], qui vaut pour tous les rôles de `{entity}` : corriger l’un des deux',
  'input.access.role.supervision':
    'cette équipe de supervision a accès aux données, ce qui contredit `technicalAccessToData: {stated}` de subcontractors[{index}], qui vaut pour tous les rôles de `{entity}` : corriger l’un des deux',
  'input.access.role.support':
    'cette équipe de support a accès aux données, ce qui contredit `technicalAccessToData: {stated}` de subcontractors[{index}], qui vaut pour tous les rôles de `{entity}` : corriger l’un des deux',
  'input.access.role.flow-recipient':
    'ce flux porte des données vers `{entity}`, ce qui contredit `technicalAccessToData: {stated}` de subcontractors[{index}], qui vaut pour tous les rôles de `{entity}` : corriger l’un des deux',
  'input.access.role.site-operator':
    'l’exploitant de ce site a accès aux données, ce qui contredit `technicalAccessToData: {stated}` de subcontractors[{index}], qui vaut pour tous les rôles de `{entity}` : corriger l’un des deux',
  'input.access.site-without':
    '`technicalAccessToData: false` contredit `technicalAccessToData: {stated}` de subcontractors[{index}], qui vaut pour tous les rôles de `{entity}` : corriger l’un des deux',
  'input.not-a-date': '`{value}` n’est pas une date qui existe',
  'input.entity-a.company': 'une société',
  'input.entity-a.fund': 'un fonds',
  'input.entity-a.person': 'une personne',
  'input.entity-a.state': 'un État',
  'input.entity-a.public-float': 'un flottant en bourse',
  'input.field-not-placing':
    '`{field}` ne s’applique pas à {type}, qui n’a aucun champ de localisation (il représente les actions cotées détenues sous les seuils de déclaration) : retirez-le',
  'input.field-not-for-type': '`{field}` ne s’applique pas à {type} : {type} se situe par {fields}',
  'input.sum-over.capital': 'le capital des actionnaires totalise {total}, plus de 100 %',
  'input.sum-over.votingRights': 'les droits de vote des actionnaires totalisent {total}, plus de 100 %',
  'input.stake-range-order': 'la fourchette va de {min} à {max}, en descendant : écrire le plus petit chiffre en `min`',
  'input.holder-twice': 'le détenteur `{holder}` figure deux fois parmi les actionnaires de `{id}`',
  'input.site-twice': 'l’identifiant de site `{id}` est employé deux fois',
  'input.scheme.unknown':
    '`{scheme}` n’est pas un référentiel que snc connaît (attendu l’un de {schemes}, en majuscules ou en minuscules)',
  'input.scheme.write':
    '`{scheme}` n’est pas un référentiel que snc connaît (attendu l’un de {schemes}, en majuscules ou en minuscules) : écrivez `scheme: {known}`',
  'input.scheme.write-version':
    '`{scheme}` n’est pas un référentiel que snc connaît (attendu l’un de {schemes}, en majuscules ou en minuscules) : écrivez la version à part, `scheme: {known}` et `version: "{version}"`',
  'input.not-held':
    '`{id}` est {type} et ne peut pas avoir d’actionnaires : seules les sociétés et les fonds sont détenus',
  'input.cycle.more': '{count, plural, one {# autre} other {# autres}}',
  'input.cycle.self':
    '{measures, select, capital {le capital} votingRights {les droits de vote} other {le capital et les droits de vote}} de {list} {measures, select, capital {est détenu} other {sont détenus}} à 100 % par l’entité elle-même, si bien que personne ne la détient en dernier ressort : indiquez ses autres actionnaires ou corrigez les pourcentages',
  'input.cycle.many':
    'participations croisées sans détenteur extérieur : {measures, select, capital {le capital} votingRights {les droits de vote} other {le capital et les droits de vote}} de {list} {measures, select, capital {est détenu} other {sont détenus}} à 100 % les uns par les autres, si bien que personne ne les détient en dernier ressort : indiquez leurs autres actionnaires ou corrigez les pourcentages',
  'input.side.not-a-mapping': 'attendu une table au premier niveau, avec une liste `{key}:`, trouvé {got}',
  'input.side.nothing': 'rien',
  'input.side.single-value': 'une valeur seule',
  'input.side.clause-and-rule': '{field} : donner `clause` ou `rule`, pas les deux',
  'input.side.clause-or-rule': '{field} : il manque `clause` ou `rule`, ce qui est attesté',
  'input.side.not-a-date': '{field} : `{value}` n’est pas une date réelle',
  'input.side.expires-before': '{field} : {expires} précède la date de l’attestation, {date}',
  'input.side.waiver-twice': '{field} : dérogation à la même règle, au même sujet et au même fichier que {first}',
  'input.attestation.other-provider':
    'attestation pour le fournisseur `{provider}`, mais {count, plural, one {la description jugée porte} other {les descriptions jugées portent}} sur {providers}',
  'input.attestation.source-undefined':
    'l’attestation s’appuie sur la source `{id}`, que les sources de {file} ne définissent pas',
  'input.source.sha256-mismatch':
    'source `{id}` : le fichier {file} a pour SHA-256 {found}, et non {given} comme indiqué',
  'input.source.file-required': 'source `{id}` : le fichier {file} ne peut être lu ({problem}, --require-sources)',
  'input.baseline.not-json':
    'ce n’est pas du JSON ({reason}) : un rapport JSON de snc check est attendu (--format json, ou --update-baseline)',
  'input.baseline.not-a-report':
    'un rapport JSON de snc check est attendu (reportVersion, tool.name `snc`, inputs et results), trouvé {got}',
  'input.baseline.version':
    'reportVersion vaut {got} : un rapport JSON de version 1 est attendu, la version que ce snc écrit et lit',
  'input.baseline.field':
    '{field} : {expected, select, list {une liste est attendue} result {un résultat (une table) est attendu} repo-path {le fichier tel que le dépôt le nomme (`repoPath`) est attendu} status {l’un de pass, fail, unknown, not-applicable, waived est attendu} sha256 {un SHA-256 en hexadécimal est attendu} rule {un identifiant de règle est attendu} pointer {un pointeur JSON est attendu} location {un emplacement dans l’un des fichiers évalués (`location.file`) est attendu} other {une valeur est attendue}}, trouvé {got}{expected, select, repo-path { (un rapport écrit avant les références : écrivez-le de nouveau avec --update-baseline)} sha256 { (un rapport écrit avant les références : écrivez-le de nouveau avec --update-baseline)} other {}}',
  'input.read.not-found': 'fichier introuvable',
  'input.read.denied': 'accès refusé, le fichier ne peut être lu',
  'input.read.directory': 'est un dossier, et non un fichier YAML',
  'input.read.failed': 'le fichier ne peut être lu ({code})',
  'input.read.fifo': 'est un tube nommé (FIFO), et non un fichier YAML ordinaire',
  'input.read.socket': 'est une socket, et non un fichier YAML ordinaire',
  'input.read.device': 'est un périphérique, et non un fichier YAML ordinaire',
  'input.read.not-regular': "n'est pas un fichier ordinaire, et non un fichier YAML",
  'input.read.too-big': 'le fichier fait {size} octets, au-delà de la limite de {max} (relevez-la avec --max-bytes)',
  'input.read.input-too-big':
    "l'entrée fait {size} octets, au-delà de la limite de {max} (relevez-la avec --max-bytes)",
  'input.read.input-over': "l'entrée dépasse la limite de {max} octets (relevez-la avec --max-bytes)",
  'input.max-bytes.too-large':
    '{n} dépasse le plus gros fichier que snc puisse lire, {max} octets (le plus long texte que tient une chaîne JavaScript, environ 512 Mio)',
  'input.encoding.utf16-bom':
    "pas en UTF-8 : le fichier commence par une marque d'ordre des octets UTF-16 {order} ({bytes}), c'est donc du texte UTF-16 {order} ; convertissez le fichier en UTF-8",
  'input.encoding.utf16-nul':
    "pas en UTF-8 : un octet NUL à côté de chaque caractère, le fichier semble donc du texte UTF-16 {order} sans marque d'ordre des octets ; convertissez le fichier en UTF-8",
  'input.encoding.binary':
    "pas du texte UTF-8 : un octet NUL (0x00), le fichier semble donc binaire ; un fichier texte YAML est attendu (convertissez-le en UTF-8 si c'est du texte)",
  'input.encoding.latin1':
    "pas en UTF-8 : l'octet {byte} ne commence aucune séquence UTF-8 valide, le fichier semble donc du texte Latin-1 (ISO 8859-1 ou Windows-1252) ; convertissez le fichier en UTF-8",
  'input.yaml.empty':
    'fichier vide, attendu {expected, select, attestations {une table YAML avec une liste `attestations:`} waivers {une table YAML avec une liste `waivers:`} comparable {une description (YAML, format 1) ou un rapport JSON de snc check} report {un rapport JSON} other {une table YAML commençant par `snc: 1`}}',
  'input.yaml.too-deep': "l'imbrication dépasse {max} niveaux (relevez la limite avec --max-depth)",
  'input.yaml.too-deep-alias': "l'imbrication dépasse {max} niveaux par cet alias (relevez la limite avec --max-depth)",
  'input.yaml.unreadable-depth': "l'imbrication est trop profonde pour être lue (plus de {max} niveaux)",
  'input.yaml.alias-cycle': 'un alias YAML renvoie à un nœud qui le contient (un cycle)',
  'input.yaml.too-many-aliases': "plus de {max} expansions d'alias YAML (relevez la limite avec --max-aliases)",
  'input.yaml.forbidden-key': 'la clé `{key}` est interdite (un nom réservé de JavaScript)',
  'input.yaml.collection-key': 'une clé de table doit être une valeur simple, ni une liste ni une table',
  'input.yaml.not-finite':
    "{kind, select, nan {.nan (pas un nombre)} other {un nombre infini (.inf, ou un nombre trop grand pour être représenté)}} n'est pas une valeur que snc puisse évaluer : attendu un nombre fini (un pourcentage, un décompte, un nombre de jours)",
  'input.yaml.duplicate-key': "clé en double {key} : une clé ne peut figurer qu'une fois dans une table",
  'input.yaml.several-documents': "plus d'un document YAML, un seul est attendu (retirez le séparateur `---`)",
  'input.yaml.invalid': 'YAML invalide : {reason}',
  'input.yaml.invalid-untranslated': 'YAML invalide (selon js-yaml) : {reason}',
  'yaml.reason.bad-indentation-mapping': "mauvaise indentation d'une entrée de table",
  'yaml.reason.bad-indentation-sequence': "mauvaise indentation d'un élément de liste",
  'yaml.reason.end-expected': 'la fin du fichier ou un séparateur de document est attendu',
  'yaml.reason.colon-missed': 'une paire clé-valeur ne peut être lue : il manque un deux-points',
  'yaml.reason.multiline-key':
    'une entrée de table ne peut être lue : une clé sur plusieurs lignes ne peut être implicite',
  'yaml.reason.eos-flow': 'fin de fichier inattendue dans une liste ou une table entre crochets ou accolades',
  'yaml.reason.eos-double': 'fin de fichier inattendue dans un texte entre guillemets doubles',
  'yaml.reason.eos-single': 'fin de fichier inattendue dans un texte entre guillemets simples',
  'yaml.reason.eod-double': 'fin de document inattendue dans un texte entre guillemets doubles',
  'yaml.reason.eod-single': 'fin de document inattendue dans un texte entre guillemets simples',
  'yaml.reason.missed-comma': "virgule manquante entre les éléments d'une liste ou d'une table",
  'yaml.reason.tab-indentation': 'les tabulations ne doivent pas servir à indenter',
  'yaml.reason.line-break': 'un saut de ligne est attendu',
  'yaml.reason.non-printable': 'le fichier contient des caractères non imprimables',
  'yaml.reason.unknown-escape': "séquence d'échappement inconnue",
  'yaml.reason.hexadecimal': 'caractère hexadécimal attendu',
  'yaml.reason.incomplete-pair':
    "paire clé-valeur explicite incomplète : une clé manque, ou est suivie d'une ligne vide non indentée",
  'yaml.reason.space-after-colon': "une espace est attendue après le deux-points d'une entrée de table",
  'yaml.reason.block-indentation': 'indentation manquante pour un bloc de texte',
  'yaml.reason.alias-name': "le nom d'un alias doit compter au moins un caractère",
  'yaml.reason.anchor-name': "le nom d'une ancre doit compter au moins un caractère",
  'yaml.reason.anchor-twice': 'ancre donnée deux fois au même nœud',
  'yaml.reason.tag-twice': 'étiquette donnée deux fois au même nœud',
  'yaml.reason.alias-properties': 'un alias ne peut porter ni ancre ni étiquette',
  'yaml.reason.directives-end': 'la marque de fin des directives (`---`) est attendue',
  'yaml.reason.comma-found': 'un contenu est attendu, mais une virgule est trouvée',
  'yaml.reason.nested-key': 'une clé ne peut contenir de listes imbriquées',
  'yaml.reason.null-byte': "un octet nul n'est pas admis",
  'yaml.reason.json-character': 'un caractère JSON valide est attendu',
  'yaml.reason.unidentified-alias': 'alias inconnu {name}',
  'yaml.reason.unknown-tag': 'étiquette inconnue {tag}',
  'cli.unknown-option': 'option inconnue `{flag}`',
  'cli.unknown-command': 'commande inconnue `{name}`',
  'cli.did-you-mean': '(vouliez-vous dire {choices} ?)',
  'cli.did-you-mean-one-of': "(vouliez-vous dire l'une de celles-ci : {choices} ?)",
  'cli.option-missing': "il manque la valeur de l'option `{flags}`",
  'cli.missing-argument': "il manque l'argument obligatoire `{name}`",
  'cli.too-many':
    "trop d'arguments pour `{command}` : {expected, plural, one {# argument attendu} other {# arguments attendus}}, {got, plural, one {# donné} other {# donnés}}",
  'cli.invalid-option': "la valeur `{value}` de l'option `{flags}` n'est pas valide : {reason}",
  'cli.invalid-argument': "la valeur `{value}` de l'argument `{name}` n'est pas valide : {reason}",
  'cli.allowed-choices': 'valeurs admises : {choices}',
  'cli.expected-one-of': "attendu l'une des valeurs {choices}",
  'cli.positive-integer': 'attendu un nombre entier positif, trouvé {value}',
  'cli.help-hint': "lancez snc --help pour connaître l'usage",
  'cli.warning': 'avertissement : {text}',
  'cli.format.unknown': "format inconnu {format} (attendu l'un de {formats})",
  'cli.format.no-file': '--format {format}= demande un nom de fichier après le signe =',
  'cli.format.one-stdout':
    'un seul --format peut aller sur la sortie standard ; donnez un fichier aux autres (--format json=rapport.json)',
  'cli.stdin.unavailable': "l'entrée standard n'est pas disponible",
  'cli.stdin.twice': "- (l'entrée standard) ne peut être donné qu'une fois",
  'cli.stdin.filename-without-dash':
    "--stdin-filename nomme la description lue sur l'entrée standard : donnez - parmi les fichiers",
  'cli.no-file': "aucun fichier de description donné (nommez-en un, ou - pour la lire sur l'entrée standard)",
  'cli.rules.functions-no-argument': '`snc rules functions` ne prend aucun argument',
  'cli.rules.list-no-id':
    "`snc rules list` ne prend pas d'identifiant de règle (vouliez-vous dire `snc rules show {id}` ?)",
  'cli.rules.show-needs-id': '`snc rules show` demande un identifiant de règle (voir `snc rules list`)',
  'cli.rules.no-rule': 'aucune règle {id} (voir `snc rules list`)',
  'cli.rules.unknown-action': 'action inconnue {action} pour `snc rules` (attendu list, show ou functions)',
  'cli.schema.one': 'snc schema affiche un seul schéma : donnez une seule des options {flags}',
  'cli.init.exists':
    "existe déjà ; snc init n'écrit jamais par-dessus un fichier (donnez un autre nom, ou - pour la sortie standard)",
  'cli.init.no-folder': "ne peut être créé : son dossier n'existe pas",
  'cli.init.directory': 'est un dossier',
  'cli.init.denied': 'ne peut être créé : accès refusé',
  'cli.init.read-only': 'ne peut être créé : le système de fichiers est en lecture seule',
  'cli.init.failed': 'ne peut être créé ({reason})',
  'cli.init.write-failed': 'ne peut être écrit ({reason})',
  'cli.init.wrote': '{file} est écrit : donnez-en les faits (les champs en commentaire), puis lancez snc check {file}',
  'cli.output.cannot-write': 'le rapport ne peut être écrit : {reason}',
  'cli.output.cannot-write-kept':
    "le rapport ne peut être écrit : {reason} ; aucun fichier de rapport n'a été remplacé",
  'cli.output.directory': "le rapport ne peut être écrit : c'est un dossier",
  'cli.output.folder':
    "le rapport ne peut être écrit : le dossier {folder} n'existe pas ou n'est pas accessible en écriture",
  'cli.output.over-input':
    "le rapport ne peut être écrit par-dessus {role, select, description {la description} pack {le référentiel de règles} waivers {le fichier de dérogations} attestations {le fichier d'attestations} config {le fichier de configuration} data {le fichier de données} stdin {la description lue sur l'entrée standard} source {le document source} baseline {le rapport de référence} other {le fichier}} {input}, que lit cette exécution",
  'cli.output.stdout-file': 'le rapport ne peut être écrit dans le fichier où va aussi la sortie standard',
  'cli.output.same-file': 'deux options --format écrivent dans le même fichier (donné aussi comme {other})',
  'cli.stream.cannot-write':
    '{stream, select, stdout {la sortie standard} other {la sortie d’erreur}} ne peut être écrite : {reason}',
  'cli.output.summary': 'le résumé du job ne peut être complété : {reason}',
  'cli.config.not-a-mapping':
    "attendu une table d'options au premier niveau de la configuration (voir `snc schema --config`)",
  'cli.config.no-option': "{key} : snc {command} n'a pas d'option {flag} dans cette version",
  'cli.config.two-files': 'deux fichiers de configuration dans un même dossier ({names}) : gardez-en un',
  'errno.ENOSPC': 'plus de place sur le périphérique',
  'errno.EFBIG': 'le fichier dépasserait la plus grande taille permise',
  'errno.EDQUOT': 'quota de disque dépassé',
  'errno.EACCES': 'accès refusé',
  'errno.EPERM': 'accès refusé',
  'errno.EROFS': 'système de fichiers en lecture seule',
  'errno.EIO': "erreur d'entrée-sortie",
  'errno.ENOENT': 'fichier ou dossier introuvable',
  'errno.ENOTDIR': "une partie du chemin n'est pas un dossier",
  'errno.EISDIR': "c'est un dossier",
  'errno.ENXIO': 'aucun processus ne le lit',
  'errno.EPIPE': "le lecteur l'a fermé",
  'errno.ELOOP': 'trop de niveaux de liens symboliques',
  'errno.ENAMETOOLONG': 'le nom est trop long',
  'input.pack.builtin-id':
    "l'identifiant de référentiel `{id}` est celui du référentiel intégré {file} : donnez à ce référentiel son propre identifiant `pack`",
  'input.pack.same-id':
    "l'identifiant de référentiel `{id}` est déjà celui du référentiel de {file} : donnez à chaque référentiel son propre identifiant `pack`",
  'input.pack.invalid': 'référentiel de règles invalide : {message}',
  'input.pack.unknown-function':
    'référentiel {pack}, règle {rule} : fonction de contrôle inconnue `{fn}` (voir `snc rules functions`)',
  'input.pack.parameter': 'référentiel {pack}, règle {rule}, paramètre `{param}` de {fn} : {message}',
  'input.pack.country':
    "référentiel {pack}, règle {rule}, paramètre `{param}` de {fn} : `{code}` n'est pas un code pays ISO 3166-1 alpha-2{hint}",
  'input.date.epoch':
    'SOURCE_DATE_EPOCH doit être un nombre entier de secondes de 0 à {max} (9999-12-31T23:59:59Z), trouvé {value}',
  'input.date.option': '--date attend une date réelle au format AAAA-MM-JJ, trouvé {value}',
  'input.description.not-a-mapping':
    'attendu une table au premier niveau (une description commençant par `snc: 1`), trouvé {got}',
  'input.description.no-version': 'il manque `snc: 1`, la version du format, au premier niveau',
  'input.description.version': 'version de format non prise en charge {version} : ce snc lit le format 1 (`snc: 1`)',
  'input.source.not-found': 'introuvable',
  'input.source.denied': 'illisible (accès refusé)',
  'input.source.not-regular': 'pas un fichier ordinaire',
  'input.source.unreadable': 'illisible ({code})',
  'input.file.unreadable': 'le fichier ne peut être lu ({problem})',
  'input.diff.not-a-report':
    'pas un rapport JSON de snc check, version 1 (reportVersion, inputs et results avec ruleId, subject et status)',
  'input.diff.kinds':
    'comparez deux descriptions ou deux rapports : {old} est {oldKind, select, report {un rapport} other {une description}}, {new} {newKind, select, report {un rapport} other {une description}}',
  'input.pack.extends-itself': "le référentiel {pack} s'étend lui-même par {chain}",
  'input.pack.extends-unknown':
    "le référentiel {pack} étend `{parent}`, qui n'est ni un référentiel intégré ({builtins}) ni un référentiel donné avec --rules",
  'input.pack.rule-twice':
    'la règle {rule} est définie deux fois : dans le référentiel {pack} ({file}) et dans le référentiel {other}',
  'input.pack.clause-and-clauses':
    'rules.{index} : donnez `clause` (une clause) ou `clauses` (une liste), pas les deux',
  'input.pack.no-clause':
    'rules.{index} : il manque le champ obligatoire `clause` (ou `clauses`, une liste de clauses)',
  'report.verdict-doc': '{notMet} — {counts}',
  'report.list-separator': ' ; ',
};
