// The speed targets, judged on paired runs: each ratio is the median over the rounds of the ratio within a round
// (bench/paired.mjs), beside its limit. snc is judged with its default text report, as a CI job runs it; the JSON
// report's ratio is given beside it, and processor time beside wall time where start-up is judged.
import { pairedRatio } from './paired.mjs';

/**
 * The targets from the runs of bench/run.mjs (`runs`: command name → runs). A target whose runs are missing (no
 * Node 24 to be had) is reported as not measured, which is not met.
 */
export function evaluateTargets(runs) {
  const target = (name, a, b, limit, { atLeast = false, key = 'wall', json, cpu } = {}) => {
    if (!runs[a]?.length || !runs[b]?.length) return { name, limit, atLeast, measured: false, met: false };
    const r = pairedRatio(runs[a], runs[b], key);
    return {
      name,
      limit,
      atLeast,
      measured: true,
      value: r.value,
      rounds: r.rounds,
      exact: r.exact,
      json: json && runs[json[0]]?.length ? pairedRatio(runs[json[0]], runs[json[1]], key).value : undefined,
      cpu: cpu ? pairedRatio(runs[a], runs[b], 'cpu').value : undefined,
      met: r.exact && (atLeast ? r.value >= limit : r.value <= limit),
    };
  };
  return [
    target('start-up on Node 20, typical description ÷ `node -e 0`', 'snc typical', 'node -e 0', 1.5, {
      cpu: true,
      json: ['snc json typical', 'node -e 0'],
    }),
    target(
      'start-up on Node 24, typical description ÷ `node -e 0`',
      'snc typical (Node 24)',
      'node -e 0 (Node 24)',
      2.5,
      { cpu: true },
    ),
    target('Spectral ÷ snc, typical description', 'Spectral typical', 'snc typical', 6, {
      atLeast: true,
      json: ['Spectral typical', 'snc json typical'],
    }),
    target('10,000 companies ÷ js-yaml parse of the file', 'snc 10000', 'js-yaml 10000', 2, {
      json: ['snc json 10000', 'js-yaml 10000'],
    }),
    target('Spectral ÷ snc, 10,000 companies', 'Spectral 10000', 'snc 10000', 6, {
      atLeast: true,
      json: ['Spectral 10000', 'snc json 10000'],
    }),
    target('Spectral ÷ snc, 30,000 companies', 'Spectral 30000', 'snc 30000', 6, {
      atLeast: true,
      json: ['Spectral 30000', 'snc json 30000'],
    }),
    target('30,000 companies ÷ 10,000 companies', 'snc 30000', 'snc 10000', 3.3, {
      json: ['snc json 30000', 'snc json 10000'],
    }),
    target('peak memory at 30,000 companies ÷ js-yaml parse', 'snc 30000', 'js-yaml 30000', 3, {
      key: 'rss',
      json: ['snc json 30000', 'js-yaml 30000'],
    }),
  ];
}
