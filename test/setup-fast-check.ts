// Property tests draw from one fixed seed, so a run is reproducible; FC_SEED explores others.
import fc from 'fast-check';

fc.configureGlobal({ seed: process.env.FC_SEED === undefined ? 20_261_202 : Number(process.env.FC_SEED) });
