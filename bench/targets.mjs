// The speed targets, judged on the measured rows: each with its ratio, its limit and whether it is met.

/** a ÷ b, and whether it is exact: a stopped run's time is only a lower bound, so a ratio using it proves nothing. */
const ratio = (a, b) => ({ value: a.seconds / b.seconds, exact: !a.stopped && !b.stopped });

/**
 * Targets for `snc check` as a CI job runs it (the default text report), with the JSON report's ratio beside it:
 * start-up within 2× `node -e 0`; 10,000 companies within 2× a js-yaml parse of the file; 30,000 within 3.6× the
 * 10,000 time; at least 6× faster than Spectral at start-up and on 10,000 companies.
 */
export function evaluateTargets(rows) {
  const typical = rows[0];
  const tenK = rows.find((r) => r.companies === 10000);
  const thirtyK = rows.find((r) => r.companies === 30000);
  const target = (name, text, json, limit, atLeast = false) => ({
    name,
    text: text.value,
    json: json.value,
    exact: text.exact,
    limit,
    atLeast,
    met: text.exact && (atLeast ? text.value >= limit : text.value <= limit),
  });
  return [
    target('start-up, typical description ÷ `node -e 0`', ratio(typical.text, typical.bare), ratio(typical.json, typical.bare), 2),
    target('10,000 companies ÷ js-yaml parse of the file', ratio(tenK.text, tenK.jsYaml), ratio(tenK.json, tenK.jsYaml), 2),
    target('30,000 companies ÷ 10,000 companies', ratio(thirtyK.text, tenK.text), ratio(thirtyK.json, tenK.json), 3.6),
    target('Spectral ÷ snc, typical description', ratio(typical.spectral, typical.text), ratio(typical.spectral, typical.json), 6, true),
    target('Spectral ÷ snc, 10,000 companies', ratio(tenK.spectral, tenK.text), ratio(tenK.spectral, tenK.json), 6, true),
  ];
}
