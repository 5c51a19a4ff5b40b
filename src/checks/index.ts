// The library of check functions that rule packs name in `check.fn`: one file per function, registered here.

import type { CheckFunction, CheckRegistry } from './contract.js';
import { attested } from './attested.js';
import { automaticBackups } from './automatic-backups.js';
import { availabilityLevel } from './availability-level.js';
import { changeNotice } from './change-notice.js';
import { contractClause } from './contract-clause.js';
import { countryField } from './country-field.js';
import { dataLocation } from './data-location.js';
import { entitySeats } from './entity-seats.js';
import { erasureMethod } from './erasure-method.js';
import { erasureNotice } from './erasure-notice.js';
import { foreignBoardMajority } from './ownership-board-majority.js';
import { languageOffered } from './language-offered.js';
import { foreignHoldingMax } from './ownership-holding-max.js';
import { foreignVeto } from './ownership-veto.js';
import { reversibilityMeans } from './reversibility-means.js';
import { serviceLocation } from './service-location.js';
import { secnumcloudQualification } from './secnumcloud-qualification.js';
import { staffLocation } from './staff-location.js';
import { staffTransferBasis } from './staff-transfer-basis.js';
import { statesQualification } from './states-qualification.js';
import { subcontractorAccess } from './subcontractor-access.js';
import { subcontractorAutonomy } from './subcontractor-autonomy.js';
import { supportAccess } from './support-access.js';

// Each check is imported and listed once, in alphabetical order of file. Each takes its own parameters (the engine
// validates `with` against the check's schema before running it), hence `never` here: any check fits.
const all: readonly CheckFunction<never>[] = [
  attested,
  automaticBackups,
  availabilityLevel,
  changeNotice,
  contractClause,
  countryField,
  dataLocation,
  entitySeats,
  erasureMethod,
  erasureNotice,
  foreignBoardMajority,
  foreignHoldingMax,
  foreignVeto,
  languageOffered,
  reversibilityMeans,
  secnumcloudQualification,
  serviceLocation,
  staffLocation,
  staffTransferBasis,
  statesQualification,
  subcontractorAccess,
  subcontractorAutonomy,
  supportAccess,
];

/** Check functions by name. */
export const checks: CheckRegistry = new Map(all.map((c) => [c.name, c]));
