// What every field of input format 1 proves and which clause needs it, in English and French: the one place editors'
// hover texts (the schema's descriptions) and the comments of `snc init` come from.

import type { Lang, LocalizedText } from '../i18n/types.js';
import { translate } from '../i18n/format.js';
import type { ContractClause } from '../model/description.js';

/** A value that reads differently in each language (an example's name or id). */
export class Localized<T> {
  constructor(readonly values: Record<Lang, T>) {}
}
const l = <T>(en: T, fr: T) => new Localized({ en, fr });

/** The doc of one field. */
export interface FieldDoc {
  /** Clauses that need the field, as rules/data/clauses.yaml spells them. */
  clauses?: string[];
  text: LocalizedText;
  /** What `snc init` shows for an optional field, commented out (lists and mappings are built from their fields). */
  example?: unknown;
  /** What `snc init` writes for a field it must fill in (a required one): a neutral value, never a claimed fact. */
  starter?: unknown;
}

/** The provider's id in the starting description and its examples. */
export const STARTER_PROVIDER = l('provider', 'prestataire');

/**
 * Docs by field path: dotted, `[]` for the items of a list, `*` for the values of a mapping by id
 * (`entities.*.shareholders[].holder`); `**.key` documents a field of that name wherever it is (a field that many
 * objects share). A field added to the schema needs its entry here: a test checks both ways.
 */
export const fieldDocs: Record<string, FieldDoc> = {
  snc: {
    text: { en: 'Version of the input format: 1.', fr: 'Version du format d’entrée : 1.' },
    starter: 1,
  },
  name: {
    text: {
      en: 'What this description is about, shown at the top of every report: the offer and, for a deployment, the customer and its project.',
      fr: 'Ce que décrit ce fichier, en tête de chaque rapport : l’offre et, pour un déploiement, le client et son projet.',
    },
    starter: l('Name of the offer or deployment', 'Nom de l’offre ou du déploiement'),
  },
  profiles: {
    text: {
      en: 'Profiles to judge against when the command line gives no --profile: secnumcloud-3.2 (the default), cloud-de-confiance (also a SecNumCloud 3.2 qualification valid on the evaluation date), hds (health data).',
      fr: 'Profils à évaluer quand la ligne de commande ne donne pas --profile : secnumcloud-3.2 (par défaut), cloud-de-confiance (exige aussi une qualification SecNumCloud 3.2 valide à la date d’évaluation), hds (données de santé).',
    },
    example: ['secnumcloud-3.2'],
  },
  dataSensitivity: {
    clauses: ['HDS EXI 28', 'HDS EXI 29'],
    text: {
      en: 'Sensitivity of the data entrusted: standard, sensitive or health; health brings in the HDS rules.',
      fr: 'Sensibilité des données confiées : standard, sensitive (sensibles) ou health (santé) ; health ajoute les règles HDS.',
    },
    example: 'sensitive',
  },
  provider: {
    clauses: ['19.6.a', '19.6.b'],
    text: {
      en: 'Id, in entities, of the company that operates the offer: the provider whose seats and owners are judged.',
      fr: 'Identifiant, dans entities, de la société qui exploite l’offre : le prestataire dont les sièges et les actionnaires sont évalués.',
    },
    starter: STARTER_PROVIDER,
  },
  offer: {
    text: { en: 'The cloud offer judged.', fr: 'L’offre de cloud évaluée.' },
  },
  'offer.name': {
    text: { en: 'Commercial name of the offer.', fr: 'Nom commercial de l’offre.' },
    starter: l('Name of the offer', 'Nom de l’offre'),
  },
  'offer.serviceModel': {
    clauses: ['3.2'],
    text: {
      en: 'Service model of the offer: saas, paas, caas or iaas (the scopes a qualification can cover).',
      fr: 'Modèle de service de l’offre : saas, paas, caas ou iaas (les périmètres qu’une qualification peut couvrir).',
    },
    example: 'iaas',
  },
  'offer.qualifications': {
    clauses: ['A2 c)', '19.6.d'],
    text: {
      en: 'Qualifications and certifications the offer holds. Cloud de Confiance needs SecNumCloud 3.2, qualified and valid on the evaluation date.',
      fr: 'Qualifications et certifications de l’offre. Le Cloud de Confiance exige SecNumCloud 3.2, qualifiée et valide à la date d’évaluation.',
    },
  },
  'offer.qualifications[].scheme': {
    text: {
      en: 'The scheme, one snc knows, in any case: secnumcloud, hds, eucs, bsi-c5, gaia-x, iso27001, iso27017, iso27018, iso27701, soc2, csa-star or pci-dss. The version goes apart, in version.',
      fr: 'Le référentiel, parmi ceux que snc connaît, en majuscules ou minuscules : secnumcloud, hds, eucs, bsi-c5, gaia-x, iso27001, iso27017, iso27018, iso27701, soc2, csa-star ou pci-dss. La version se renseigne à part, dans version.',
    },
    example: 'secnumcloud',
  },
  'offer.qualifications[].version': {
    text: {
      en: 'Version of the scheme, as text or a number; in quotes ("3.2") it is kept as written (unquoted, YAML reads 3.10 as 3.1).',
      fr: 'Version du référentiel, en texte ou en nombre ; entre guillemets ("3.2"), elle est gardée telle quelle (sans guillemets, YAML lit 3.10 comme 3.1).',
    },
    example: '3.2',
  },
  'offer.qualifications[].status': {
    clauses: ['A2 c)'],
    text: {
      en: 'qualified or certified when granted; in-progress, expired, withdrawn and none do not count.',
      fr: 'qualified (qualifiée) ou certified (certifiée) une fois accordée ; in-progress, expired, withdrawn et none ne comptent pas.',
    },
    example: 'qualified',
  },
  'offer.qualifications[].validUntil': {
    clauses: ['A2 c)'],
    text: {
      en: 'Last day of validity (YYYY-MM-DD): a qualification counts only up to that date.',
      fr: 'Dernier jour de validité (AAAA-MM-JJ) : une qualification ne compte que jusqu’à cette date.',
    },
    example: '2028-06-30',
  },
  entities: {
    clauses: ['19.6.b', '19.6.c'],
    text: {
      en: 'Every company, person, State, fund or public float the description names, by id: the provider, its shareholders up to the ultimate holders, site operators, employers and subcontractors.',
      fr: 'Chaque société, personne, État, fonds ou flottant que nomme la description, par identifiant : le prestataire, ses actionnaires jusqu’aux détenteurs ultimes, les exploitants de sites, les employeurs et les sous-traitants.',
    },
  },
  'entities.*': {
    text: {
      en: 'An entity, by its id: other fields name it by this id (provider, holder, operator, employer, entity).',
      fr: 'Une entité, par son identifiant : les autres champs la nomment par cet identifiant (provider, holder, operator, employer, entity).',
    },
  },
  'entities.*.name': {
    text: { en: 'Name shown in reports.', fr: 'Nom affiché dans les rapports.' },
    starter: l('Name of the provider', 'Nom du prestataire'),
  },
  'entities.*.type': {
    clauses: ['19.6.b'],
    text: {
      en: 'company, person, state, fund or public-float. A company or fund is placed by its three seats, a person by nationality and residence, a State by its country; a public float (listed shares held below the declaration thresholds of L.233-7 I) is not a non-EU holder.',
      fr: 'company (société), person (personne), state (État), fund (fonds) ou public-float (flottant). Une société ou un fonds se situe par ses trois sièges, une personne par sa nationalité et sa résidence, un État par son pays ; un flottant (actions cotées détenues sous les seuils de déclaration de l’article L.233-7 I) n’est pas un détenteur extra-européen.',
    },
    starter: 'company',
  },
  'entities.*.registeredOffice': {
    clauses: ['19.6.a', '19.6.b', '19.6.c'],
    text: {
      en: "Country of the registered office (siège statutaire). The provider's must be in the EU; a holder or third party with any of its three seats outside the EU is non-EU.",
      fr: 'Pays du siège statutaire. Celui du prestataire doit être dans l’UE ; un détenteur ou un tiers dont l’un des trois sièges est hors de l’UE est extra-européen.',
    },
    example: 'FR',
  },
  'entities.*.centralAdministration': {
    clauses: ['19.6.a', '19.6.b', '19.6.c'],
    text: {
      en: "Country of the central administration (administration centrale). The provider's must be in the EU; a holder or third party with any of its three seats outside the EU is non-EU.",
      fr: 'Pays de l’administration centrale. Celle du prestataire doit être dans l’UE ; un détenteur ou un tiers dont l’un des trois sièges est hors de l’UE est extra-européen.',
    },
    example: 'FR',
  },
  'entities.*.principalEstablishment': {
    clauses: ['19.6.a', '19.6.b', '19.6.c'],
    text: {
      en: "Country of the principal establishment (principal établissement). The provider's must be in the EU; a holder or third party with any of its three seats outside the EU is non-EU.",
      fr: 'Pays du principal établissement. Celui du prestataire doit être dans l’UE ; un détenteur ou un tiers dont l’un des trois sièges est hors de l’UE est extra-européen.',
    },
    example: 'FR',
  },
  'entities.*.nationality': {
    clauses: ['19.6.b'],
    text: {
      en: 'For a person: nationality, or a list of them ([FR, US]). A person with one nationality outside the EU is a non-EU holder.',
      fr: 'Pour une personne : sa nationalité, ou la liste de ses nationalités ([FR, US]). Une personne dont l’une des nationalités est hors de l’UE est un détenteur extra-européen.',
    },
    example: 'FR',
  },
  'entities.*.residence': {
    clauses: ['19.6.b'],
    text: {
      en: 'For a person: country of residence. A person residing outside the EU is a non-EU holder.',
      fr: 'Pour une personne : son pays de résidence. Une personne résidant hors de l’UE est un détenteur extra-européen.',
    },
    example: 'FR',
  },
  'entities.*.country': {
    clauses: ['19.6.b'],
    text: {
      en: 'For a State: its country. A State outside the EU is a non-EU holder.',
      fr: 'Pour un État : son pays. Un État hors de l’UE est un détenteur extra-européen.',
    },
    example: 'FR',
  },
  'entities.*.shareholders': {
    clauses: ['19.6.b'],
    text: {
      en: "Direct holdings of this entity's capital and voting rights, one per holder, followed through chains of companies down to persons, States and public floats. Holdings under 100% leave the rest unexplained, counted as possibly non-EU.",
      fr: 'Détentions directes du capital et des droits de vote de cette entité, une par détenteur, suivies de société en société jusqu’aux personnes, États et flottants. Des détentions sous 100 % laissent un reste inexpliqué, compté comme peut-être extra-européen.',
    },
  },
  'entities.*.shareholders[].holder': {
    text: { en: 'Id, in entities, of the holder.', fr: 'Identifiant, dans entities, du détenteur.' },
    example: l('parent-company', 'societe-mere'),
  },
  'entities.*.shareholders[].capital': {
    text: {
      en: 'Share of the capital it holds, in percent (0 to 100); `{ min: 0, max: 20 }` when only a range is public, `unknown` when the holder is known and its stake is not disclosed. A range or an undisclosed stake is read at its minimum, the rest left unexplained (maybe held from outside the EU).',
      fr: 'Part du capital détenue, en pourcentage (de 0 à 100) ; `{ min: 0, max: 20 }` si seule une fourchette est publique, `unknown` si le détenteur est connu mais pas sa part. Une fourchette ou une part non publiée est lue à son minimum, le reste demeurant inexpliqué (peut-être détenu hors de l’UE).',
    },
    example: 100,
  },
  'entities.*.shareholders[].votingRights': {
    text: {
      en: 'Share of the voting rights it holds, in percent (0 to 100); it may differ from the capital (double voting rights). As for the capital, a range `{ min, max }` or `unknown`.',
      fr: 'Part des droits de vote détenue, en pourcentage (de 0 à 100) ; elle peut différer du capital (droits de vote double). Comme pour le capital, une fourchette `{ min, max }` ou `unknown`.',
    },
    example: 100,
  },
  'entities.*.specialRights': {
    clauses: ['19.6.b'],
    text: {
      en: 'Control without shares, granted by contract or by-laws: a veto, the power to appoint the majority of a board. Write `specialRights: []` when there are none; left out, it is a fact not given.',
      fr: 'Contrôle sans actions, accordé par contrat ou par les statuts : un droit de veto, le pouvoir de nommer la majorité d’un organe. Écrire `specialRights: []` s’il n’y en a pas ; absent, c’est un fait non donné.',
    },
  },
  'entities.*.specialRights[].holder': {
    text: { en: 'Id, in entities, of who holds the right.', fr: 'Identifiant, dans entities, du titulaire du droit.' },
    example: l('parent-company', 'societe-mere'),
  },
  'entities.*.specialRights[].right': {
    text: {
      en: 'veto, board-majority (appoints the majority of the administration, management or supervisory body), golden-share or other.',
      fr: 'veto, board-majority (nomme la majorité de l’organe d’administration, de direction ou de surveillance), golden-share (action spécifique) ou other (autre).',
    },
    example: 'veto',
  },
  'entities.*.specialRights[].description': {
    text: { en: 'What the right is, in words.', fr: 'Ce qu’est ce droit, en quelques mots.' },
    example: l(
      'veto over the annual budget (shareholders agreement, art. 7)',
      'veto sur le budget annuel (pacte d’actionnaires, art. 7)',
    ),
  },
  sites: {
    clauses: ['19.2.a', '19.2.b'],
    text: {
      en: 'Sites where data is stored or processed, each with its country; data flows name them by id.',
      fr: 'Sites où les données sont stockées ou traitées, chacun avec son pays ; les flux de données les nomment par identifiant.',
    },
  },
  'sites[].id': {
    text: {
      en: 'Id of the site, named by data[].storedAt and data[].processedAt.',
      fr: 'Identifiant du site, nommé par data[].storedAt et data[].processedAt.',
    },
    example: 'site-1',
  },
  'sites[].country': {
    clauses: ['19.2.b', '19.2.d', 'HDS EXI 28'],
    text: {
      en: 'Country of the site. Customer and technical data must be stored and processed in the EU (health data stored in the EEA).',
      fr: 'Pays du site. Les données des clients et les données techniques doivent être stockées et traitées dans l’UE (les données de santé stockées dans l’EEE).',
    },
    example: 'FR',
  },
  'sites[].operator': {
    clauses: ['19.6.c'],
    text: {
      en: 'Id, in entities, of who operates the site; an operator other than the provider is a third party, unless it has no access to data (technicalAccessToData: false).',
      fr: 'Identifiant, dans entities, de l’exploitant du site ; un exploitant autre que le prestataire est un tiers, sauf s’il n’a aucun accès aux données (technicalAccessToData: false).',
    },
    example: STARTER_PROVIDER,
  },
  'sites[].name': {
    text: { en: 'Name of the site, shown in reports.', fr: 'Nom du site, affiché dans les rapports.' },
    example: l('Paris 1', 'Paris 1'),
  },
  'sites[].technicalAccessToData': {
    clauses: ['19.6.c'],
    text: {
      en: 'Whether the operator, when it is not the provider, has any technical possibility of obtaining customer or technical data on this site. Unless it is false, the operator is a third party judged by 19.6.c; a subcontractor entry of the same entity speaks for this role too.',
      fr: 'Si l’exploitant, quand ce n’est pas le prestataire, a une possibilité technique d’obtenir des données des clients ou des données techniques sur ce site. Sauf si ce champ vaut false, l’exploitant est un tiers évalué au titre de 19.6.c ; l’entrée de sous-traitant de la même entité vaut aussi pour ce rôle.',
    },
    example: false,
  },
  data: {
    clauses: ['19.2.b', '19.2.d'],
    text: {
      en: 'Data flows: which kind of data is stored and processed where, or sent to whom. Customer content and backups are customer data (19.2.b); technical data and logs are technical data (19.2.d).',
      fr: 'Flux de données : quel type de données est stocké et traité où, ou envoyé à qui. Les contenus et les sauvegardes sont des données des clients (19.2.b) ; les données techniques et les journaux, des données techniques (19.2.d).',
    },
    example: [
      { kind: 'customer-content', storedAt: ['site-1'], processedAt: ['site-1'] },
      {
        kind: 'telemetry',
        sentTo: l('software-vendor', 'editeur-logiciel'),
        containsCustomerData: false,
        containsTechnicalData: false,
      },
    ],
  },
  'data[].kind': {
    text: {
      en: 'customer-content, backups, technical-data (identities, directory, certificates, access configuration), logs, telemetry or billing.',
      fr: 'customer-content (contenus des clients), backups (sauvegardes), technical-data (identités, annuaire, certificats, configuration des accès), logs (journaux), telemetry (télémétrie) ou billing (facturation).',
    },
  },
  'data[].storedAt': {
    clauses: ['19.2.b', '19.2.d'],
    text: {
      en: 'Ids, in sites, of where this data is stored.',
      fr: 'Identifiants, dans sites, des lieux où ces données sont stockées.',
    },
  },
  'data[].processedAt': {
    clauses: ['19.2.b', '19.2.d'],
    text: {
      en: 'Ids, in sites, of where this data is processed.',
      fr: 'Identifiants, dans sites, des lieux où ces données sont traitées.',
    },
  },
  'data[].sentTo': {
    clauses: ['19.2.b', '19.6.c'],
    text: {
      en: 'Id, in entities, of a recipient the data is sent to (telemetry to a software vendor, say); it is placed like a site when the flow carries customer data.',
      fr: 'Identifiant, dans entities, d’un destinataire des données (la télémétrie envoyée à un éditeur, par exemple) ; il est situé comme un site quand le flux porte des données des clients.',
    },
  },
  'data[].containsCustomerData': {
    clauses: ['19.2.b', '19.6.c'],
    text: {
      en: 'Whether this flow carries customer data: a billing or telemetry flow that does (or does not say) is judged as customer data, and its recipient is a third party with access to data.',
      fr: 'Si ce flux porte des données des clients : un flux de facturation ou de télémétrie qui en porte (ou ne le dit pas) est évalué comme données des clients, et son destinataire est un tiers ayant accès aux données.',
    },
  },
  'data[].containsTechnicalData': {
    clauses: ['19.2.d', '19.6.c'],
    text: {
      en: 'Whether this flow carries technical data (identities, logs, directory, certificates, access configuration): a billing or telemetry flow that does (or does not say) is judged as technical data. A flow that carries neither is not applicable to the location rules.',
      fr: 'Si ce flux porte des données techniques (identités, journaux, annuaire, certificats, configuration des accès) : un flux de facturation ou de télémétrie qui en porte (ou ne le dit pas) est évalué comme données techniques. Un flux qui ne porte ni les unes ni les autres est sans objet pour les règles de localisation.',
    },
  },
  staff: {
    clauses: ['19.2.c', '19.2.e'],
    text: {
      en: 'The teams that administer, supervise and support the service, and the countries they work from.',
      fr: 'Les équipes qui administrent, supervisent et assurent le support du service, et les pays d’où elles travaillent.',
    },
  },
  'staff[].role': {
    clauses: ['19.2.c', '19.2.e'],
    text: {
      en: 'administration or supervision (done from the EU only), or support (may be given from outside the EU when documented and supervised).',
      fr: 'administration ou supervision (depuis l’UE uniquement), ou support (possible hors de l’UE s’il est documenté et supervisé).',
    },
    example: 'administration',
  },
  'staff[].employer': {
    clauses: ['19.6.c'],
    text: {
      en: "Id, in entities, of the team's employer. An employer other than the provider whose team may reach data is a third party judged by 19.6.c.",
      fr: 'Identifiant, dans entities, de l’employeur de l’équipe. Un employeur autre que le prestataire dont l’équipe peut accéder aux données est un tiers évalué au titre de 19.6.c.',
    },
    example: STARTER_PROVIDER,
  },
  'staff[].locatedIn': {
    clauses: ['19.2.c', '19.2.e'],
    text: { en: 'Countries the team works from.', fr: 'Pays d’où l’équipe travaille.' },
    example: ['FR'],
  },
  'staff[].accessToCustomerData': {
    clauses: ['9.7.d', '19.6.c'],
    text: {
      en: 'Whether the team can reach customer data; from outside the EU, that access needs a supervised jump host (9.7.d). A jump host does not make a non-EU employer acceptable: with access, it fails 19.6.c.',
      fr: 'Si l’équipe peut accéder aux données des clients ; depuis l’extérieur de l’UE, cet accès exige un poste de rebond supervisé (9.7.d). Le poste de rebond ne rend pas acceptable un employeur extra-européen : avec cet accès, il ne satisfait pas 19.6.c.',
    },
    example: false,
  },
  'staff[].supervisedAccess': {
    clauses: ['9.7.d'],
    text: {
      en: 'jump-host when access from outside the EU goes through a jump host (poste de rebond) supervised in real time from the EU; none otherwise.',
      fr: 'jump-host quand l’accès depuis l’extérieur de l’UE passe par un poste de rebond supervisé en temps réel depuis l’UE ; none sinon.',
    },
    example: 'jump-host',
  },
  'staff[].documented': {
    clauses: ['19.2.e'],
    text: {
      en: 'Whether the operations this team may carry out from outside the EU are documented.',
      fr: 'Si les opérations que cette équipe peut mener depuis l’extérieur de l’UE sont documentées.',
    },
    example: true,
  },
  'staff[].transferBasis': {
    clauses: ['HDS EXI 29'],
    text: {
      en: 'For access to health data from outside the EEA, its GDPR basis: adequacy-decision (art. 45), appropriate-safeguards (art. 46) or none.',
      fr: 'Pour un accès aux données de santé depuis l’extérieur de l’EEE, sa base RGPD : adequacy-decision (décision d’adéquation, art. 45), appropriate-safeguards (garanties appropriées, art. 46) ou none.',
    },
    example: 'adequacy-decision',
  },
  subcontractors: {
    clauses: ['19.6.c', '19.6.d'],
    text: {
      en: 'Every third party used to provide the service. Write `subcontractors: []` when there are none; left out, it is a fact not given.',
      fr: 'Chaque tiers auquel le prestataire recourt pour fournir le service. Écrire `subcontractors: []` s’il n’y en a pas ; absent, c’est un fait non donné.',
    },
  },
  'subcontractors[].entity': {
    clauses: ['19.6.c'],
    text: {
      en: 'Id, in entities, of the subcontractor: its seats and owners tell whether it is seated, owned or controlled outside the EU.',
      fr: 'Identifiant, dans entities, du sous-traitant : ses sièges et ses actionnaires disent s’il est situé, détenu ou contrôlé hors de l’UE.',
    },
    example: l('subcontractor', 'sous-traitant'),
  },
  'subcontractors[].service': {
    text: { en: 'What it provides, in words.', fr: 'Ce qu’il fournit, en quelques mots.' },
    example: l('colocation of the data centre', 'hébergement du centre de données'),
  },
  'subcontractors[].technicalAccessToData': {
    clauses: ['19.6.c'],
    text: {
      en: 'Whether it has any technical possibility of obtaining customer or technical data; one under non-EU control must have none. It speaks for every role of that entity.',
      fr: 'S’il a une possibilité technique d’obtenir des données des clients ou des données techniques ; un tiers sous contrôle extra-européen ne doit en avoir aucune. Vaut pour tous les rôles de cette entité.',
    },
    example: false,
  },
  'subcontractors[].autonomy': {
    clauses: ['19.6.d'],
    text: {
      en: "The provider's operating autonomy towards this subcontractor: its own skills, or at least two other companies offering the service.",
      fr: 'L’autonomie d’exploitation du prestataire vis-à-vis de ce sous-traitant : ses propres compétences, ou au moins deux autres sociétés offrant le service.',
    },
  },
  'subcontractors[].autonomy.ownSkills': {
    clauses: ['19.6.d'],
    text: {
      en: 'Whether the provider could keep the service running with its own skills, without this subcontractor.',
      fr: 'Si le prestataire pourrait maintenir le service avec ses propres compétences, sans ce sous-traitant.',
    },
    example: true,
  },
  'subcontractors[].autonomy.alternatives': {
    clauses: ['19.6.d'],
    text: {
      en: 'How many other companies offer the same service (at least two give autonomy).',
      fr: 'Combien d’autres sociétés offrent le même service (au moins deux assurent l’autonomie).',
    },
    example: 2,
  },
  'subcontractors[].qualified': {
    clauses: ['19.6.d'],
    text: {
      en: 'Whether the subcontractor is itself SecNumCloud-qualified, which meets 19.6.d without autonomy.',
      fr: 'Si le sous-traitant est lui-même qualifié SecNumCloud, ce qui satisfait 19.6.d sans l’autonomie.',
    },
    example: false,
  },
  certificates: {
    clauses: ['10.6.a'],
    text: { en: 'The certificates the infrastructure uses.', fr: 'Les certificats qu’utilise l’infrastructure.' },
  },
  'certificates.authorityCountry': {
    clauses: ['10.6.a'],
    text: {
      en: 'Country of the certification authority that issues them; it must be an EU member state.',
      fr: 'Pays de l’autorité de certification qui les émet ; ce doit être un État membre de l’UE.',
    },
    example: 'FR',
  },
  contract: {
    clauses: ['19.1.c', '19.1.o', '19.6.f'],
    text: { en: 'The service agreement with the customer.', fr: 'La convention de service passée avec le client.' },
  },
  'contract.governingLaw': {
    clauses: ['19.1.c'],
    text: {
      en: 'Country whose law governs the agreement; it must be an EU member state, named in the agreement.',
      fr: 'Pays dont le droit régit la convention ; ce doit être un État membre de l’UE, nommé dans la convention.',
    },
    example: 'FR',
  },
  'contract.statesQualification': {
    clauses: ['19.1.o'],
    text: {
      en: 'Whether the agreement states that the service is qualified, with the qualification certificate attached.',
      fr: 'Si la convention indique que le service est qualifié, avec l’attestation de qualification jointe.',
    },
    example: true,
  },
  'contract.changeNoticeDays': {
    clauses: ['19.6.f'],
    text: {
      en: 'Days within which the customer is formally told of a change that may affect the protection against non-EU law; at most one month, read as 30 days.',
      fr: 'Délai, en jours, dans lequel le client est formellement informé d’un changement pouvant affecter la protection vis-à-vis du droit extra-européen ; un mois au plus, lu comme 30 jours.',
    },
    example: 30,
  },
  'contract.erasureNoticeDays': {
    clauses: ['19.4.a'],
    text: {
      en: 'Days of formal notice the customer is given before its data is securely erased at the end of the contract; 19.4.a gives twenty-one calendar days.',
      fr: 'Préavis, en jours, donné formellement au client avant l’effacement sécurisé de ses données en fin de contrat ; l’exigence 19.4.a fixe vingt et un jours calendaires.',
    },
    example: 21,
  },
  'contract.reversibilityMeans': {
    clauses: ['19.1.i'],
    text: {
      en: 'The technical means of reversibility offered, at least one: documented-files (files in documented formats usable outside the service), api (an interface with a documented schema).',
      fr: 'Les modalités techniques de réversibilité offertes, au moins une : documented-files (fichiers dans des formats documentés exploitables hors du service), api (interface au schéma documenté).',
    },
    example: ['documented-files', 'api'],
  },
  'contract.qualificationCertificate': {
    clauses: ['19.1.o'],
    text: {
      en: 'Where the service agreement attaches the qualification certificate (section, e.g. "Annexe 1") and the certificate’s date; false when it does not attach it.',
      fr: 'Où la convention de service joint l’attestation de qualification (section, par exemple « Annexe 1 ») et la date de l’attestation ; false si elle ne la joint pas.',
    },
    example: { section: 'Annexe 1', date: '2026-02-01' },
  },
  'contract.qualificationCertificate.section': {
    clauses: ['19.1.o'],
    text: {
      en: 'The section or annex of the agreement that holds the certificate.',
      fr: 'La section ou l’annexe de la convention qui contient l’attestation.',
    },
    example: 'Annexe 1',
  },
  'contract.qualificationCertificate.date': {
    clauses: ['19.1.o'],
    text: {
      en: 'The date of the attached qualification certificate.',
      fr: 'La date de l’attestation de qualification jointe.',
    },
    example: '2026-02-01',
  },
  'contract.availability': {
    clauses: ['19.1.j'],
    text: {
      en: 'The availability level the service agreement states, as a percentage; the referential sets no minimum.',
      fr: 'Le niveau de disponibilité qu’indique la convention de service, en pourcentage ; le référentiel ne fixe aucun minimum.',
    },
    example: 99.9,
  },
  'contract.automaticBackups': {
    clauses: ['19.1.m'],
    text: {
      en: 'Whether the customer’s data is backed up automatically; if false, the agreement warns of the risks and gives the customer’s backup steps (contract.clauses.backupRiskWarning, contract.clauses.customerBackupSteps).',
      fr: 'Si les données du client sont sauvegardées automatiquement ; si false, la convention avertit des risques et indique les actions de sauvegarde du client (contract.clauses.backupRiskWarning, contract.clauses.customerBackupSteps).',
    },
    example: true,
  },
  'contract.erasureMethods': {
    clauses: ['19.4.a'],
    text: {
      en: 'The methods of the secure erasure at the end of the contract, one at least: overwrite (complete overwriting of every medium), key-erasure (erasure of the storage encryption keys, 10.1), secure-recycling (11.9).',
      fr: 'Les méthodes de l’effacement sécurisé en fin de contrat, au moins une : overwrite (réécriture complète de tous les supports), key-erasure (effacement des clés de chiffrement du stockage, 10.1), secure-recycling (recyclage sécurisé, 11.9).',
    },
    example: ['key-erasure'],
  },
  'contract.erasureDays': {
    clauses: ['19.4.a'],
    text: {
      en: 'Days after the end of the contract within which the customer’s data is securely erased, as the agreement states; the referential sets no limit, the agreement must state one.',
      fr: 'Délai, en jours après la fin du contrat, dans lequel les données du client sont effacées de manière sécurisée, tel que l’indique la convention ; le référentiel ne fixe pas de délai, la convention doit en indiquer un.',
    },
    example: 30,
  },
  'contract.clauses': {
    clauses: ['19.1.a', '19.1.b', '19.1.h', '19.2.a', '19.4.a', '19.4.b'],
    text: {
      en: 'Where the service agreement states each requirement of chapter 19: a section reference ("§12.3"), { section, source } to cite the document, or false when it does not say it. A clause left out is a fact not given.',
      fr: 'Où la convention de service énonce chaque exigence du chapitre 19 : une référence de section (« §12.3 »), { section, source } pour citer le document, ou false si elle ne le dit pas. Une clause absente est un fait non donné.',
    },
  },
  languages: {
    clauses: ['19.3.a', '19.3.b'],
    text: {
      en: 'The languages (ISO 639-1 codes) in which the customer is served.',
      fr: 'Les langues (codes ISO 639-1) dans lesquelles le client est servi.',
    },
  },
  'languages.interfaces': {
    clauses: ['19.3.a'],
    text: {
      en: 'Languages of every interface the customer can reach (console, API documentation, portal); French is required.',
      fr: 'Langues de chaque interface accessible au client (console, documentation des API, portail) ; le français est exigé.',
    },
    example: ['fr', 'en'],
  },
  'languages.firstLevelSupport': {
    clauses: ['19.3.b'],
    text: {
      en: 'Languages in which first-level support is given; French is required.',
      fr: 'Langues dans lesquelles le support de premier niveau est assuré ; le français est exigé.',
    },
    example: ['fr'],
  },
};

/** Where the agreement states each requirement: `contract.clauses.<name>`, the clause that needs it, an example. */
const clauseDocs: Record<ContractClause, [clause: string, example: string]> = {
  changesNeedCustomerAcceptance: ['19.1.a', '§2.4'],
  responsibilities: ['19.1.b', '§3'],
  exclusions: ['19.1.b', '§3.5'],
  serviceLocation: ['19.1.b', '§4.1'],
  supportLocation: ['19.1.b', '§4.3'],
  lawfulProcessing: ['19.1.d', '§5'],
  nonEuLawRiskOnRequest: ['19.1.e', '§5.3'],
  complianceMeans: ['19.1.f', '§6'],
  terminationWithoutPenalty: ['19.1.g', '§14.2'],
  reversibility: ['19.1.h', '§15'],
  reversibilityMeans: ['19.1.i', '§15.2'],
  availability: ['19.1.j', '§8'],
  noDisposalOfData: ['19.1.k', '§9.1'],
  noDisclosure: ['19.1.l', '§9.2'],
  backups: ['19.1.m', '§10'],
  backupRiskWarning: ['19.1.m', '§10.1'],
  customerBackupSteps: ['19.1.m', '§10.2'],
  remoteAccess: ['19.1.n', '§11'],
  anssiComplaint: ['19.1.o', '§13.1'],
  anssiAudit: ['19.1.o', '§13.2'],
  auditAuthorisation: ['19.1.p', '§12'],
  auditInformation: ['19.1.q', '§12.2'],
  passiAuditor: ['19.1.r', '§12.3'],
  dataLocation: ['19.2.a', 'Annexe 2'],
  endOfContractErasure: ['19.4.a', '§16'],
  technicalDataDeletion: ['19.4.b', '§16.2'],
};
for (const [name, [clause, example]] of Object.entries(clauseDocs)) {
  const what = (lang: Lang) => translate(lang, 'field.contract-clause', { what: { terms: [`clause.${name}`] } });
  fieldDocs[`contract.clauses.${name}`] = { clauses: [clause], text: { en: what('en'), fr: what('fr') }, example };
}

/** The documents behind the facts, and how any fact-bearing object cites them. */
Object.assign(fieldDocs, {
  '**.source': {
    text: {
      en: 'Id, in sources, of the document that proves the facts of this object (and of what it holds, unless they cite their own).',
      fr: "Identifiant, dans sources, du document qui prouve les faits de cet objet (et de ce qu'il contient, sauf s'ils citent le leur).",
    },
    example: 'kbis',
  },
  '**.sources': {
    text: {
      en: 'Ids, in sources, of the documents that prove the facts of this object, when there are several (with source, they add up).',
      fr: 'Identifiants, dans sources, des documents qui prouvent les faits de cet objet, quand il y en a plusieurs (avec source, ils s’ajoutent).',
    },
    example: ['kbis', 'register'],
  },
  sources: {
    text: {
      en: 'The documents behind the facts, by id: every result names the sources of the facts it used (with --require-sources, a fact without one counts as not given).',
      fr: "Les documents qui fondent les faits, par identifiant : chaque résultat nomme les sources des faits qu'il a utilisés (avec --require-sources, un fait sans source compte comme non renseigné).",
    },
    example: {
      kbis: {
        title: 'Extrait Kbis',
        issuer: 'Infogreffe',
        date: '2026-03-01',
        file: 'sources/kbis.pdf',
        sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      },
      register: {
        title: l('Register of shareholdings', 'Registre des mouvements de titres'),
        issuer: l('The provider', 'Le prestataire'),
        date: '2026-06-30',
        url: 'https://example.org/register',
        section: l('page 2', 'page 2'),
      },
    },
  },
  'sources.*': {
    text: {
      en: 'One document: a register extract, a declaration, a contract.',
      fr: 'Un document : extrait de registre, déclaration, contrat.',
    },
  },
  'sources.*.title': {
    text: { en: 'Title of the document, e.g. Extrait Kbis.', fr: 'Titre du document, par exemple Extrait Kbis.' },
    example: 'Extrait Kbis',
  },
  'sources.*.issuer': {
    text: { en: 'Who issued it, e.g. Infogreffe.', fr: "Qui l'a émis, par exemple Infogreffe." },
    example: 'Infogreffe',
  },
  'sources.*.date': {
    text: {
      en: 'Date of the document; one older than sourceMaxAge months (12 by default) on the evaluation date is reported.',
      fr: "Date du document ; un document de plus de sourceMaxAge mois (12 par défaut) à la date d'évaluation est signalé.",
    },
    example: '2026-03-01',
  },
  'sources.*.file': {
    text: {
      en: 'Path of the document, relative to the description: its SHA-256 is computed and reported; a missing file is a warning (an error with --require-sources).',
      fr: 'Chemin du document, relatif à la description : son SHA-256 est calculé et indiqué ; un fichier absent est un avertissement (une erreur avec --require-sources).',
    },
  },
  'sources.*.sha256': {
    text: {
      en: 'SHA-256 the document must have, in hexadecimal: checked against file when both are given, and a mismatch is an error.',
      fr: 'SHA-256 que doit avoir le document, en hexadécimal : vérifié sur file quand les deux sont donnés, et une différence est une erreur.',
    },
  },
  'sources.*.url': {
    text: { en: 'Where the document can be found.', fr: 'Où trouver le document.' },
  },
  'sources.*.section': {
    text: {
      en: 'The part of the document that states the facts, e.g. page 2.',
      fr: 'La partie du document qui établit les faits, par exemple page 2.',
    },
  },
} satisfies Record<string, FieldDoc>);

/** The doc of the field at a path: its own entry, else the entry for its name wherever it is (`**.key`). */
export function docFor(path: string): FieldDoc | undefined {
  const own = Object.prototype.hasOwnProperty.call(fieldDocs, path) ? fieldDocs[path] : undefined;
  const key = /(?:^|\.)([^.]+)$/.exec(path.replace(/\[\]$/, ''))?.[1];
  return (
    own ??
    (key !== undefined && Object.prototype.hasOwnProperty.call(fieldDocs, `**.${key}`)
      ? fieldDocs[`**.${key}`]
      : undefined)
  );
}

/** The text of a doc in a language, after the clauses that need the field: "19.6.a, 19.6.b — Country of…". */
export function docText(doc: FieldDoc, lang: Lang): string {
  return doc.clauses?.length ? `${doc.clauses.join(', ')} — ${doc.text[lang]}` : doc.text[lang];
}

/** A value with its Localized parts read in a language. */
export function inLang(value: unknown, lang: Lang): unknown {
  if (value instanceof Localized) return inLang(value.values[lang], lang);
  if (Array.isArray(value)) return value.map((v) => inLang(v, lang));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLang(v, lang)]));
  return value;
}
