// 19.2.b, 19.2.d, HDS EXI 28: every place where data of the judged kinds is stored, processed or sent is in the area.

import type { CheckContext, CheckFunction, CheckResult } from './contract.js';
import { pointer } from '../core/json-pointer.js';
import type { DataFlow, DataKind } from '../model/description.js';
import { PLACING_FIELDS } from '../model/jurisdiction.js';
import { areaParamsSchema, areaValue, inArea, type AreaParams } from './area.js';
import { entityName, terms } from './labels.js';
import { outsideSensitivity, sensitivityParamsSchema, SENSITIVITY_MESSAGES, type SensitivityParams } from './sensitivity.js';
import { worstOf, type Finding } from './verdict.js';

type Place = 'stored' | 'processed';

/** `with` of data-location: the area, the kinds judged, and which places of a flow count. */
export interface DataLocationParams extends AreaParams, SensitivityParams {
  /** Data kinds always judged. */
  kinds: DataKind[];
  /** Also judge flows that carry customer data (`containsCustomerData: true`), whatever their kind. */
  customerDataFlows?: boolean;
  /** Which places are judged: where the data is stored, where it is processed, or both (the default). */
  places?: Place[];
}

const KINDS = ['customer-content', 'backups', 'technical-data', 'logs', 'telemetry', 'billing'] as const;
const FIELD: Record<Place, 'storedAt' | 'processedAt'> = { stored: 'storedAt', processed: 'processedAt' };
/** Kinds that are worked on where they sit, so where they are processed must be given. Backups and logs are kept:
 * their storage is what must be given, their processing is judged when given. */
const PROCESSED_KINDS: ReadonlySet<DataKind> = new Set(['customer-content', 'technical-data']);
/** Outbound kinds that may carry customer data without saying so (containsCustomerData absent). */
const OUTBOUND_KINDS: ReadonlySet<DataKind> = new Set(['telemetry', 'billing']);

interface Outside {
  place: Place;
  site: string;
  country: string;
  subject: string;
}

/** Judges each data flow of the chosen kinds: its sites (stored, processed) and the entity it is sent to. */
export const dataLocation: CheckFunction<DataLocationParams> = {
  name: 'data-location',
  description: 'every site where data of the given kinds is stored or processed, and every entity it is sent to, is in the area',
  parameters: {
    type: 'object',
    properties: {
      ...areaParamsSchema,
      ...sensitivityParamsSchema,
      kinds: { type: 'array', items: { enum: KINDS }, minItems: 1, uniqueItems: true, description: 'data kinds always judged' },
      customerDataFlows: {
        type: 'boolean',
        default: false,
        description: 'also judge flows with containsCustomerData: true (and telemetry or billing flows that do not say)',
      },
      places: { type: 'array', items: { enum: ['stored', 'processed'] }, minItems: 1, uniqueItems: true, default: ['stored', 'processed'] },
    },
    required: ['kinds'],
    additionalProperties: false,
  },
  messages: [
    'data-location.pass',
    'data-location.fail',
    'data-location.fail-recipient',
    'data-location.unknown-contains',
    'data-location.unknown-field',
    'data-location.unknown-site',
    'data-location.unknown-recipient',
    'data-location.none',
    ...SENSITIVITY_MESSAGES,
  ],
  run(params, context) {
    const { description } = context;
    const na = outsideSensitivity(params, description);
    if (na) return [na];
    const results: CheckResult[] = [];
    (description.data ?? []).forEach((flow, i) => {
      const judged = scope(flow, params);
      if (judged !== 'no') results.push(judgeFlow(flow, i, judged === 'maybe', params, context));
    });
    if (results.length > 0) return results;
    return [
      {
        status: 'unknown',
        subject: description.data ? '/data' : '',
        message: { id: 'data-location.none', values: { kinds: terms('data', params.kinds) } },
      },
    ];
  },
};

/** Whether a flow is judged: `yes`, `maybe` (an outbound flow that does not say whether it carries customer data), or `no`. */
function scope(flow: DataFlow, params: DataLocationParams): 'yes' | 'maybe' | 'no' {
  if (params.kinds.includes(flow.kind)) return 'yes';
  if (!params.customerDataFlows) return 'no';
  if (flow.containsCustomerData === true) return 'yes';
  return flow.containsCustomerData === undefined && OUTBOUND_KINDS.has(flow.kind) ? 'maybe' : 'no';
}

function judgeFlow(flow: DataFlow, i: number, maybe: boolean, params: DataLocationParams, { facts }: CheckContext): CheckResult {
  const kind = terms('data', [flow.kind]);
  const area = areaValue(params);
  const places = params.places ?? ['stored', 'processed'];
  const inside = new Set<string>();
  const insidePlaces = new Set<string>();
  const outside: Outside[] = [];
  const missingFields: string[] = [];
  const noCountry: { site: string; subject: string }[] = [];

  for (const place of places) {
    const field = FIELD[place];
    const refs = flow[field] ?? [];
    // An outbound flow (sentTo) is placed by its recipient; a flow kept on sites must say where.
    if (refs.length === 0 && flow.sentTo === undefined && (place === 'stored' || PROCESSED_KINDS.has(flow.kind))) missingFields.push(field);
    refs.forEach((id, j) => {
      const country = facts.site(id)?.country;
      const subject = pointer('data', i, field, j);
      if (country === undefined) noCountry.push({ site: id, subject });
      else if (inArea(country, params, facts)) {
        inside.add(country);
        insidePlaces.add(place);
      } else outside.push({ place, site: id, country, subject });
    });
  }

  const findings: Finding[] = [];
  const outsideCountries = new Set(outside.map((o) => o.country));
  if (outside.length > 0)
    findings.push({
      status: 'fail',
      subject: outside[0]!.subject,
      message: {
        id: 'data-location.fail',
        values: {
          kind,
          places: terms('place', new Set(outside.map((o) => o.place))),
          sites: { list: [...new Set(outside.map((o) => o.site))] },
          countries: { countries: [...outsideCountries] },
          area,
        },
      },
    });
  if (flow.sentTo !== undefined) {
    const entity = facts.entity(flow.sentTo)!;
    const fields = PLACING_FIELDS[entity.type];
    const subject = pointer('data', i, 'sentTo');
    const name = entityName(facts, flow.sentTo);
    const away = fields.filter((f) => typeof entity[f] === 'string' && !inArea(entity[f] as string, params, facts));
    const missing = fields.length === 0 ? ['type'] : fields.filter((f) => typeof entity[f] !== 'string');
    if (away.length > 0) {
      const countries = [...new Set(away.map((f) => entity[f] as string))];
      countries.forEach((c) => outsideCountries.add(c));
      findings.push({ status: 'fail', subject, message: { id: 'data-location.fail-recipient', values: { kind, entity: name, countries: { countries }, area } } });
    } else if (missing.length > 0)
      findings.push({ status: 'unknown', subject, message: { id: 'data-location.unknown-recipient', values: { kind, entity: name, fields: { terms: missing } } } });
    else {
      fields.forEach((f) => inside.add(entity[f] as string));
      insidePlaces.add('sent');
    }
  }
  // Nothing placed and nothing required (a kept kind judged only where processed, with no processedAt): still not known.
  if (findings.length === 0 && missingFields.length === 0 && noCountry.length === 0 && insidePlaces.size === 0)
    missingFields.push(...places.map((p) => FIELD[p]));
  if (missingFields.length > 0)
    findings.push({ status: 'unknown', subject: pointer('data', i), message: { id: 'data-location.unknown-field', values: { kind, fields: terms('field', missingFields) } } });
  if (noCountry.length > 0)
    findings.push({
      status: 'unknown',
      subject: noCountry[0]!.subject,
      message: { id: 'data-location.unknown-site', values: { kind, sites: { list: [...new Set(noCountry.map((s) => s.site))] } } },
    });

  const evidence = { kind: flow.kind, inside: [...inside].sort(), outside: [...outsideCountries].sort(), ...(maybe ? { containsCustomerData: null } : {}) };
  // A flow that may not carry customer data cannot fail for leaving the area: that is exactly what is not known.
  if (maybe && outsideCountries.size > 0)
    return {
      status: 'unknown',
      subject: pointer('data', i),
      message: { id: 'data-location.unknown-contains', values: { kind, countries: { countries: [...outsideCountries] }, area } },
      evidence,
    };
  return (
    worstOf(findings, evidence) ?? {
      status: 'pass',
      subject: pointer('data', i),
      message: { id: 'data-location.pass', values: { kind, places: terms('place', insidePlaces), countries: { countries: [...inside] }, area } },
      evidence,
    }
  );
}
