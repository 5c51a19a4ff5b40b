// The ownership analysis of one entity (19.6.b) as reports carry it: plain JSON, every share a percentage of 0–100.

import type { EntityType, SpecialRightKind } from '../description.js';
import type { JurisdictionStatus } from '../jurisdiction.js';

/** What a share measures: the entity's capital, or its voting rights (both, in the order reports show them). */
export const MEASURES = ['capital', 'votingRights'] as const;
export type Measure = (typeof MEASURES)[number];
/**
 * How indirect holdings are counted. `economic`: percentages multiplied along every path and summed over paths.
 * `control` (Code de commerce L.233-3): an entity that controls an intermediate is attributed its whole stake.
 */
export const READINGS = ['economic', 'control'] as const;
export type Reading = (typeof READINGS)[number];
/** The two tests of 19.6.b: one holder outside the EU at a time (`individual`), or all of them together (`collective`). */
export const SCOPES = ['individual', 'collective'] as const;
export type Scope = (typeof SCOPES)[number];

/** A share of the analysed entity's capital and of its voting rights, in percent. */
export interface Shares {
  capital: number;
  votingRights: number;
}

/** The same share in both readings. */
export interface ReadingShares {
  economic: Shares;
  control: Shares;
}

/**
 * Why an entity controls another (L.233-3): `majority` of the voting rights; `presumption`, more than 40% with no
 * other holder above it (L.233-3 II); `board-majority`, the power to appoint the majority of its board.
 */
export const CONTROL_BASES = ['majority', 'presumption', 'board-majority'] as const;
export type ControlBasis = (typeof CONTROL_BASES)[number];

/** A stake listed as a range or undisclosed: its bounds in percent (max null: undisclosed, up to what is left of 100%). */
export interface StakeBounds {
  min: number;
  max: number | null;
}

/** A listed stake's percentages (a range's minimum), and the bounds of those stated as a range or undisclosed. */
export interface ListedStake {
  /** The holder's direct percentages; null when the description does not give that measure. */
  capital: number | null;
  votingRights: number | null;
  /** Set when the capital is a range or undisclosed: `capital` is then its minimum. */
  capitalRange?: StakeBounds;
  votingRightsRange?: StakeBounds;
}

/** One link of a path, from a holder down to what it holds. */
export interface PathStep extends ListedStake {
  holder: string;
  held: string;
  /** Set when the link is control (control reading): the holder is attributed `held`'s whole stake. */
  control?: ControlBasis;
}

/** A path from a holder down to the analysed entity, and the share it carries (the product of its links). */
export interface OwnershipPath {
  reading: Reading;
  /**
   * From the holder down to the analysed entity; of a path longer than 8 links, the first 4 and the last 4, the
   * `stepsOmitted` links between left out (the shares still multiply every link).
   */
  steps: PathStep[];
  stepsOmitted?: number;
  capital: number;
  votingRights: number;
  /** The analysed entity's listed holding the path goes through, as a JSON pointer. */
  pointer: string;
}

/** A holder of the analysed entity: an ultimate holder, or an intermediate company outside the EU or not placed. */
export interface OwnershipHolder {
  id: string;
  name: string;
  type: EntityType;
  /** `non-eu`: a seat (company, fund), the nationality or residence (person) or the country (State) outside the EU. */
  jurisdiction: JurisdictionStatus;
  /** The countries that place it: those outside the EU when it is non-EU, else all it gives. */
  countries: string[];
  /** Placing fields not given (what makes the jurisdiction `unknown`). */
  missingFields: string[];
  /** An ultimate holder (person, State, public float, fund or company with no shareholders listed). */
  ultimate: boolean;
  economic: Shares;
  control: Shares;
  /** Non-EU holders: the part counted in the non-EU total, i.e. not held through another non-EU entity. */
  counted?: ReadingShares;
  /** Non-EU holders: the heaviest paths that make up its share (at most 10 per reading, most significant holders first). */
  paths: OwnershipPath[];
  /** Non-EU holders: the part of its share the listed paths do not show (cross-holding cycles, further paths). */
  otherPaths?: ReadingShares;
  /**
   * Set when a range or an undisclosed stake lies on its paths (held by it or by an intermediate it holds through):
   * its share if each such stake were at its maximum (`economic` and `control` are then its minimum).
   */
  upTo?: ReadingShares;
  /** Set when one of those stakes is undisclosed (`unknown`): its maximum is what the other holders leave of 100%. */
  undisclosed?: boolean;
}

/**
 * Why part of the analysed entity's ownership is unexplained: `remainder`, an entity's listed holdings add up to
 * less than 100%; `no-shareholders`, a company with no shareholders listed; `jurisdiction-unknown`, an entity
 * whose placing fields are not given; `control-undetermined`, the listed voting rights of an intermediate leave
 * open who controls it (control reading).
 */
export const UNEXPLAINED_REASONS = [
  'remainder',
  'no-shareholders',
  'jurisdiction-unknown',
  'control-undetermined',
] as const;
export type UnexplainedReason = (typeof UNEXPLAINED_REASONS)[number];

/** A part of the analysed entity's ownership that the description leaves unexplained, and what it weighs. */
export interface UnexplainedShare {
  entity: string;
  name: string;
  reason: UnexplainedReason;
  /** JSON pointer to where the fact is missing. */
  pointer: string;
  /** `remainder`: the part of the entity's own capital or voting rights not accounted for, in percent. */
  missing?: Partial<Shares>;
  /** `remainder`: holders listed without that measure. */
  holdersWithout?: Partial<Record<Measure, string[]>>;
  /**
   * `remainder`: holders listed with a range or an undisclosed stake (max null) in that measure, in percent of the
   * entity: only the minimum is counted, the rest is part of the remainder.
   */
  undisclosed?: Partial<Record<Measure, ({ holder: string } & StakeBounds)[]>>;
  /** `jurisdiction-unknown`: the placing fields not given. */
  fields?: string[];
  /** What it weighs in the analysed entity: the most a single holder outside the EU could gain through it. */
  economic: Shares;
  control: Shares;
  /** What it could add to the non-EU total (zero when it is reached only through a non-EU entity already counted). */
  collective: ReadingShares;
}

/** A figure of one test in one measure, per reading. */
export interface Figure {
  /** On the known facts: the largest share of one non-EU holder (individual) or the non-EU total (collective). */
  known: Record<Reading, number>;
  /** The most it could be if every unexplained share were held from outside the EU (by one holder, individual). */
  upTo: Record<Reading, number>;
  /** Individual: the non-EU entity with the largest known share, per reading; null when there is none. */
  holder: Record<Reading, string | null>;
}

/** The figures 19.6.b judges: the largest single non-EU holding and the non-EU total, in capital and in votes. */
export interface OwnershipFigures {
  individual: Record<Measure, Figure>;
  collective: Record<Measure, Figure>;
}

/** Whether an entity is outside the EU or controlled from there (L.233-3), for special rights and control. */
export const OUTSIDE_STATUSES = ['eu', 'non-eu', 'unknown'] as const;
export type OutsideStatus = (typeof OUTSIDE_STATUSES)[number];

/** A special right (`specialRights`) over the analysed entity or an entity that controls it. */
export interface SpecialRightRecord {
  /** The entity the right bears on. */
  on: string;
  holder: string;
  right: SpecialRightKind;
  description?: string;
  pointer: string;
  /** The holder is outside the EU, or controlled from there (`non-eu`), or that cannot be told (`unknown`). */
  outside: OutsideStatus;
  /** `non-eu`: the non-EU entity (the holder or one that controls it). */
  via: string | null;
  /** `unknown`: what is missing, as `entity/field`. */
  missing: string[];
}

/**
 * `controlled`: the listed facts settle who controls it, whatever the unexplained holdings turn out to be.
 * `uncontrolled`: they settle that no one does. `undetermined`: they do not settle it (part of the voting rights
 * is not accounted for, or held through companies whose own owners are unknown, or two holders tie above 40%).
 * A company with no shareholders listed is `undetermined`; a person, a State, a public float or a fund with no
 * shareholders listed is `uncontrolled`.
 */
export const CONTROL_STATUSES = ['controlled', 'uncontrolled', 'undetermined'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

/** Who controls the analysed entity (L.233-3), and whether that puts it under control from outside the EU. */
export interface EntityControl {
  status: ControlStatus;
  /** The ultimate controller (the top of the chain of control). */
  controller: string | null;
  basis: ControlBasis | null;
  /** Voting rights the controller holds in it, directly and through entities it controls, in percent. */
  votingRights: number | null;
  /**
   * Holders that tie above 40% of the votes, every vote accounted for: each is presumed to control (L.233-3 II),
   * and `controller` is the first outside the EU, if any (the stricter reading). Empty without a tie.
   */
  joint: string[];
  /** The analysed entity and the entities through which the controller controls it (the chain of control). */
  through: string[];
  /**
   * The entity of the chain whose own controller the description leaves open: the entity itself when its control
   * is undetermined, or a top controller with no shareholders listed or undetermined votes; null when settled.
   */
  openAt: string | null;
  /** `non-eu` when an entity of the chain, or the controller, is outside the EU. */
  outside: OutsideStatus;
  via: string | null;
  missing: string[];
}

/** How to name an entity in a report: its name, type, and the countries that place it. */
export interface EntityLabel {
  name: string;
  type: EntityType;
  jurisdiction: JurisdictionStatus;
  /** The countries that place it: those outside the EU when it is non-EU, else all it gives. */
  countries: string[];
}

/** The ownership analysis of one entity: who holds it, in both readings, and what is left unexplained. */
export interface OwnershipReport {
  entity: string;
  name: string;
  /** Every entity the analysis mentions (holders, path steps, unexplained parts, rights, control), by id. */
  entities: Record<string, EntityLabel>;
  /** False for a person, a State or a public float: they have no capital to hold. */
  applicable: boolean;
  /** Ultimate holders, and intermediate companies outside the EU or not placed, largest share first. */
  holders: OwnershipHolder[];
  /** The share accounted for by ultimate holders (100% minus the unexplained remainders), per reading. */
  explained: ReadingShares;
  figures: OwnershipFigures;
  unexplained: UnexplainedShare[];
  control: EntityControl;
  /** Special rights over the entity and over the entities that control it. */
  specialRights: SpecialRightRecord[];
  /** Entities of the chain of control whose `specialRights` are not given (write `specialRights: []` for none). */
  specialRightsNotGiven: string[];
}

/** A holding as the description lists it: `holder` holds these percentages of `held` (null: not given). */
export interface DirectHolding extends ListedStake {
  holder: string;
  held: string;
}

/** The provider's ownership analysis in a report: one per input file. */
export interface ProviderOwnership extends OwnershipReport {
  file: string;
  /** The evaluation date: EU membership is read on it. */
  date: string;
  /** The 19.6.b tests the figures are judged against, from the loaded rule packs (the strictest of each scope). */
  thresholds: Record<Scope, { max: number; measures: readonly Measure[] }>;
  /** The direct holdings on every chain of shareholders above the provider, nearest first (what the holding graph draws). */
  holdings?: DirectHolding[];
  /** Holdings left out of `holdings` past its cap. */
  holdingsOmitted?: number;
}
