// French texts of `snc rules functions`: what each check function judges and what its parameters mean (the English
// ones are the functions' own `description` and their schema's). Parameters shared by several functions come first.

/** Parameter texts several check functions share (the area, the sensitivities). */
const shared: Record<string, string> = {
  area: 'la zone exigée : l’UE (SecNumCloud) ou l’EEE (HDS)',
  countries:
    'restreindre la zone à ces pays ISO 3166-1 alpha-2 (le durcissement d’un référentiel utilisateur, par exemple [FR])',
  dataSensitivity: 'n’évaluer que les descriptions de l’une de ces sensibilités ; les autres sont non applicables',
};

/** By function name: its description, and the text of each documented parameter. */
export const functionsFr: Record<string, { description: string; parameters: Record<string, string> }> = {
  attested: {
    description:
      'un auditeur atteste l’exigence (fichier d’attestations) : son verdict tant qu’elle est valable, indéterminé sans attestation ou après son expiration',
    parameters: {},
  },
  'change-notice': {
    description:
      'les changements affectant la protection vis-à-vis du droit extra-européen sont notifiés au client sous maxDays jours',
    parameters: { maxDays: 'délai de notification le plus long admis, en jours' },
  },
  'contract-clause': {
    description:
      'la convention de service énonce chacune des clauses données : l’endroit où elle le fait (une section) est conforme, false est non conforme, l’absence est indéterminée',
    parameters: { clauses: 'les énoncés de la convention évalués, par leur nom dans contract.clauses' },
  },
  'availability-level': {
    description: 'la convention indique le niveau de disponibilité par un chiffre (sans minimum), et dit où',
    parameters: {},
  },
  'automatic-backups': {
    description:
      'la convention indique si les données sont sauvegardées automatiquement, et où ; sinon, où elle avertit des risques et indique les actions de sauvegarde du client',
    parameters: {},
  },
  'erasure-method': {
    description:
      'l’intégralité des données du client est effacée en fin de contrat par une méthode listée (overwrite, key-erasure, secure-recycling) dans un délai chiffré en jours, et la convention dit où',
    parameters: {},
  },
  'service-location': {
    description:
      'la convention énonce les obligations de chaque partie, les exclusions et la localisation du service, et celle du support lorsqu’il est assuré hors de la zone',
    parameters: { area: shared.area!, countries: shared.countries! },
  },
  'erasure-notice': {
    description: 'le client est prévenu au moins minDays jours avant l’effacement de ses données en fin de contrat',
    parameters: { minDays: 'préavis le plus court admis, en jours' },
  },
  'language-offered': {
    description: 'une liste de langues de la description (interfaces, support de premier niveau) comprend la langue',
    parameters: { field: 'la liste évaluée, sous languages', language: 'la langue exigée (ISO 639-1)' },
  },
  'reversibility-means': {
    description:
      'la réversibilité est offerte par des fichiers documentés ou une interface (au moins une), et la convention dit où',
    parameters: {},
  },
  'country-field': {
    description: 'un champ pays de la description (droit applicable, autorité de certification) est dans la zone',
    parameters: { area: shared.area!, countries: shared.countries!, field: 'le champ évalué' },
  },
  'data-location': {
    description:
      'chaque site où des données des types donnés sont stockées ou traitées, et chaque entité à qui elles sont transmises, est dans la zone',
    parameters: {
      area: shared.area!,
      countries: shared.countries!,
      dataSensitivity: shared.dataSensitivity!,
      kinds: 'types de données toujours évalués',
      customerDataFlows:
        'évaluer aussi les flux avec `containsCustomerData: true` (et les flux de télémétrie ou de facturation qui ne le précisent pas)',
      technicalDataFlows:
        'évaluer aussi les flux avec `containsTechnicalData: true` (et les flux de télémétrie ou de facturation qui ne le précisent pas)',
    },
  },
  'entity-seats': {
    description:
      'le siège statutaire, l’administration centrale et le principal établissement du prestataire sont tous dans la zone',
    parameters: { area: shared.area!, countries: shared.countries! },
  },
  'foreign-board-majority': {
    description:
      'aucun détenteur hors UE ne contrôle le prestataire ni ne peut désigner la majorité de son conseil, ou du conseil d’une entité qui le contrôle',
    parameters: {},
  },
  'foreign-holding-max': {
    description:
      'aucun détenteur hors UE (individuel), ni leur ensemble (collectif), ne détient plus que la part maximale du prestataire',
    parameters: {
      scope: 'un détenteur à la fois, ou tous les détenteurs hors UE ensemble (chaque part comptée une fois)',
      max: 'la plus grande part admise, en pourcentage (24 individuellement, 39 ensemble)',
      measures: 'ce qui est mesuré : le capital, les droits de vote, ou les deux',
    },
  },
  'foreign-veto': {
    description:
      'aucun veto sur le prestataire, ni sur une entité qui le contrôle, n’est détenu depuis l’extérieur de l’UE',
    parameters: { rights: 'les types de droits particuliers qui valent veto' },
  },
  'secnumcloud-qualification': {
    description:
      'l’offre est qualifiée SecNumCloud, dans la version donnée, et la qualification est valide à la date d’évaluation',
    parameters: { version: 'la version du référentiel exigée' },
  },
  'staff-location': {
    description: 'chaque équipe des rôles donnés travaille uniquement depuis des pays de la zone',
    parameters: { area: shared.area!, countries: shared.countries! },
  },
  'staff-transfer-basis': {
    description:
      'le personnel qui accède aux données des clients depuis l’extérieur de la zone le fait sur une décision d’adéquation ou avec des garanties appropriées',
    parameters: { area: shared.area!, countries: shared.countries!, dataSensitivity: shared.dataSensitivity! },
  },
  'states-qualification': {
    description:
      'le contrat mentionne que le service est qualifié SecNumCloud, et joint l’attestation de qualification (sa section et sa date)',
    parameters: {},
  },
  'subcontractor-access': {
    description:
      'aucun tiers (sous-traitant, employeur de personnel, destinataire d’un flux de données, exploitant de site) établi, détenu ou contrôlé hors de l’UE n’a de possibilité technique d’accès aux données des clients ni aux données techniques',
    parameters: {},
  },
  'subcontractor-autonomy': {
    description:
      'chaque sous-traitant est qualifié SecNumCloud, ou le prestataire a les compétences propres, ou assez de fournisseurs alternatifs',
    parameters: { minAlternatives: 'nombre minimal de fournisseurs alternatifs qui assurent l’autonomie' },
  },
  'support-access': {
    description:
      'le support depuis l’extérieur de la zone a des opérations documentées, et n’accède aux données des clients que par un poste de rebond supervisé',
    parameters: { area: shared.area!, countries: shared.countries! },
  },
};
