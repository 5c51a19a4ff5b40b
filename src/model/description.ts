// Types of a description in input format 1 (DESIGN.md, "Input format, version 1"), as validated by the schema.
// Each enumeration is one list here, which the types, the JSON Schema and the command line's choices all read.

export type CountryCode = string;
/** The profiles a description can be judged against, in the order `snc` lists them. */
export const PROFILES = ['secnumcloud-3.2', 'cloud-de-confiance', 'hds'] as const;
export type Profile = (typeof PROFILES)[number];
export const DATA_SENSITIVITIES = ['standard', 'sensitive', 'health'] as const;
export type DataSensitivity = (typeof DATA_SENSITIVITIES)[number];
export const SERVICE_MODELS = ['saas', 'paas', 'caas', 'iaas'] as const;
export type ServiceModel = (typeof SERVICE_MODELS)[number];
export const ENTITY_TYPES = ['company', 'person', 'state', 'fund', 'public-float'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const SPECIAL_RIGHTS = ['veto', 'board-majority', 'golden-share', 'other'] as const;
export type SpecialRightKind = (typeof SPECIAL_RIGHTS)[number];
export const QUALIFICATION_STATUSES = [
  'qualified',
  'certified',
  'in-progress',
  'expired',
  'withdrawn',
  'none',
] as const;
export type QualificationStatus = (typeof QUALIFICATION_STATUSES)[number];
export const DATA_KINDS = ['customer-content', 'backups', 'technical-data', 'logs', 'telemetry', 'billing'] as const;
export type DataKind = (typeof DATA_KINDS)[number];
export const STAFF_ROLES = ['administration', 'supervision', 'support'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const SUPERVISED_ACCESS = ['jump-host', 'none'] as const;
export const TRANSFER_BASES = ['adequacy-decision', 'appropriate-safeguards', 'none'] as const;

/** A fact-bearing object may cite the documents that prove it: one id or several, from the description's `sources`. */
export interface Citing {
  source?: string;
  sources?: string[];
}

/** A document behind facts: a register extract, a contract, a declaration. */
export interface Source {
  title: string;
  issuer: string;
  /** The document's date, YYYY-MM-DD. */
  date: string;
  /** Its path, relative to the description; its SHA-256 is computed and reported. */
  file?: string;
  /** The SHA-256 the document must have: checked against `file` when both are given. */
  sha256?: string;
  url?: string;
  section?: string;
}

/** The qualification and certification schemes snc knows, matched in any case (`SecNumCloud` is `secnumcloud`). */
export const QUALIFICATION_SCHEMES = [
  'secnumcloud',
  'hds',
  'eucs',
  'bsi-c5',
  'gaia-x',
  'iso27001',
  'iso27017',
  'iso27018',
  'iso27701',
  'soc2',
  'csa-star',
  'pci-dss',
] as const;

export interface Qualification extends Citing {
  /** One of QUALIFICATION_SCHEMES, in any case. */
  scheme: string;
  /** The referential's version: a number (`3.2`) or text (`"3.2"`, `"2022"`). */
  version?: string | number;
  status: QualificationStatus;
  validUntil?: string;
}

export interface Offer extends Citing {
  name: string;
  serviceModel?: ServiceModel;
  qualifications?: Qualification[];
}

/** A stake known only between two percentages (`{ min: 0, max: 20 }`). */
export interface StakeRange {
  min: number;
  max: number;
}

/** A stake in percent: a figure, a range, or `unknown` (listed, not disclosed). */
export type Stake = number | StakeRange | 'unknown';

export interface Shareholding extends Citing {
  holder: string;
  capital?: Stake;
  votingRights?: Stake;
}

/** What a stake is known to be at least, in percent (a range's minimum, 0 when undisclosed); undefined when not given. */
export const stakeMin = (s: Stake | undefined): number | undefined =>
  s === undefined || typeof s === 'number' ? s : s === 'unknown' ? 0 : s.min;

/** The bounds of a stake that is not a figure: min and max in percent, max null when undisclosed (what is left of 100%). */
export const stakeRange = (s: Stake | undefined): { min: number; max: number | null } | undefined =>
  s === undefined || typeof s === 'number'
    ? undefined
    : s === 'unknown'
      ? { min: 0, max: null }
      : { min: s.min, max: s.max };

export interface SpecialRight extends Citing {
  holder: string;
  right: SpecialRightKind;
  description?: string;
}

export interface Entity extends Citing {
  name?: string;
  type: EntityType;
  registeredOffice?: CountryCode;
  centralAdministration?: CountryCode;
  principalEstablishment?: CountryCode;
  /** One nationality, or several: one outside the EU makes the person non-EU. */
  nationality?: CountryCode | CountryCode[];
  residence?: CountryCode;
  country?: CountryCode;
  shareholders?: Shareholding[];
  specialRights?: SpecialRight[];
}

export interface Site extends Citing {
  id: string;
  country?: CountryCode;
  operator?: string;
  name?: string;
  /** 19.6.c: whether the operator, when it is not the provider, can obtain customer or technical data on this site. */
  technicalAccessToData?: boolean;
}

export interface DataFlow extends Citing {
  kind: DataKind;
  storedAt?: string[];
  processedAt?: string[];
  sentTo?: string;
  containsCustomerData?: boolean;
  /** 19.2.d, 19.6.c: whether the flow carries technical data (identities, logs, directory, certificates…). */
  containsTechnicalData?: boolean;
}

export interface StaffGroup extends Citing {
  role: StaffRole;
  employer?: string;
  locatedIn?: CountryCode[];
  accessToCustomerData?: boolean;
  /** 9.7.d: how access from outside the EU is controlled. */
  supervisedAccess?: (typeof SUPERVISED_ACCESS)[number];
  /** 19.2.e: the operations allowed to this group are documented. */
  documented?: boolean;
  /** HDS EXI 29: the GDPR basis for access from outside the EEA. */
  transferBasis?: (typeof TRANSFER_BASES)[number];
}

export interface Subcontractor extends Citing {
  entity: string;
  service?: string;
  technicalAccessToData?: boolean;
  autonomy?: { ownSkills?: boolean; alternatives?: number };
  qualified?: boolean;
}

/**
 * The statements of the service agreement chapter 19 asks for, by the name `contract.clauses` gives each (DESIGN.md;
 * `reversibilityMeans`, `anssiComplaint`, `anssiAudit`, `backupRiskWarning`, `customerBackupSteps` and `supportLocation` are
 * additions for 19.1.i, 19.1.o, 19.1.m and 19.1.b), in the order of the
 * referential.
 */
export const CONTRACT_CLAUSES = [
  'changesNeedCustomerAcceptance',
  'responsibilities',
  'exclusions',
  'serviceLocation',
  'supportLocation',
  'lawfulProcessing',
  'nonEuLawRiskOnRequest',
  'complianceMeans',
  'terminationWithoutPenalty',
  'reversibility',
  'reversibilityMeans',
  'availability',
  'noDisposalOfData',
  'noDisclosure',
  'backups',
  'backupRiskWarning',
  'customerBackupSteps',
  'remoteAccess',
  'anssiComplaint',
  'anssiAudit',
  'auditAuthorisation',
  'auditInformation',
  'passiAuditor',
  'dataLocation',
  'endOfContractErasure',
  'technicalDataDeletion',
] as const;
export type ContractClause = (typeof CONTRACT_CLAUSES)[number];

/**
 * Where the service agreement says something: a section reference (`"§12.3"`, `"Annexe 2"`), the same with the source
 * that holds it (`{ section, source }`), or `false` when the agreement does not say it.
 */
export type ClauseReference = string | false | (Citing & { section: string });

/** 19.1.i: the technical means of reversibility, (1) files in documented formats, (2) an interface with a schema. */
export const REVERSIBILITY_MEANS = ['documented-files', 'api'] as const;
export type ReversibilityMean = (typeof REVERSIBILITY_MEANS)[number];

/** 19.4.a(1)–(3): complete overwriting of every medium, erasure of the storage encryption keys, secure recycling. */
export const ERASURE_METHODS = ['overwrite', 'key-erasure', 'secure-recycling'] as const;
export type ErasureMethod = (typeof ERASURE_METHODS)[number];

export interface Contract extends Citing {
  governingLaw?: CountryCode;
  statesQualification?: boolean;
  changeNoticeDays?: number;
  /** 19.4.a: days of formal notice the customer is given before its data is erased at the end of the contract. */
  erasureNoticeDays?: number;
  /** 19.1.i: the means of reversibility offered. */
  reversibilityMeans?: ReversibilityMean[];
  /** 19.1.o(1): where the agreement attaches the qualification certificate, and the certificate's date; false when
   * it does not. */
  qualificationCertificate?: false | (Citing & { section: string; date: string });
  /** 19.1.j: the availability level the agreement states, a percentage. */
  availability?: number;
  /** 19.1.m: whether the customer's data is backed up automatically. */
  automaticBackups?: boolean;
  /** 19.4.a(1)–(3): the methods of the erasure at the end of the contract. */
  erasureMethods?: ErasureMethod[];
  /** 19.4.a: days after the end of the contract within which the data is erased. */
  erasureDays?: number;
  /** Where the agreement states each requirement of chapter 19; a clause left out is a fact not given. */
  clauses?: Partial<Record<ContractClause, ClauseReference>>;
}

/** 19.3: the languages (ISO 639-1) of the customer-facing interfaces and of first-level support. */
export interface Languages extends Citing {
  interfaces?: string[];
  firstLevelSupport?: string[];
}

/** A description of a cloud offer or deployment, input format 1. */
export interface Description {
  snc: 1;
  name: string;
  profiles?: Profile[];
  dataSensitivity?: DataSensitivity;
  provider: string;
  offer: Offer;
  entities: Record<string, Entity>;
  sites?: Site[];
  data?: DataFlow[];
  staff?: StaffGroup[];
  subcontractors?: Subcontractor[];
  certificates?: Citing & { authorityCountry?: CountryCode };
  contract?: Contract;
  languages?: Languages;
  /** The documents the facts cite, by id. */
  sources?: Record<string, Source>;
}
