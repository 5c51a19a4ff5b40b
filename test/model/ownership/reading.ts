// The control reading of the built-in secnumcloud-3.2 pack (24%, 39%, veto and golden share), for tests that derive facts.
import { checks } from '../../../src/checks/index.js';
import { controlReading } from '../../../src/engine/control-reading.js';
import { PackSet } from '../../../src/engine/select-rules.js';

const builtin = () => PackSet.rules(new PackSet(checks).resolve(['secnumcloud-3.2']));
export const BUILTIN_READING = controlReading(builtin(), builtin);
