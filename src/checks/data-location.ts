// 19.2.b, 19.2.d, HDS EXI 28: every place where data of the judged kinds is stored, processed or sent is in the area.

import type { CheckContext, CheckFunction, CheckResult } from './contract.js';
import { pointer } from '../core/json-pointer.js';
import { carried, OUTBOUND_KINDS } from '../model/data-flows.js';
import { DATA_KINDS, type DataFlow, type DataKind } from '../model/description.js';
import { areaParamsSchema, areaValue, inArea, placeEntity, type AreaParams } from './util/area.js';
import { entityName } from '../model/entity-name.js';
import { terms } from './util/labels.js';
import {
  outsideSensitivity,
  sensitivityParamsSchema,
  SENSITIVITY_MESSAGES,
  type SensitivityParams,
} from './util/sensitivity.js';
import { worstOf, type Finding } from './util/verdict.js';

type Place = 'stored' | 'processed';

/** `with` of data-location: the area, the kinds judged, and which places of a flow count. */
export interface DataLocationParams extends AreaParams, SensitivityParams {
  /** Data kinds always judged. */
  kinds: DataKind[];
  /** Also judge flows that carry customer data (`containsCustomerData: true`), whatever their kind. */
  customerDataFlows?: boolean;
  /** Also judge flows that carry technical data (`containsTechnicalData: true`), whatever their kind. */
  technicalDataFlows?: boolean;
  /** Which places are judged: where the data is stored, where it is processed, or both (the default). */
  places?: Place[];
}

const FIELD: Record<Place, 'storedAt' | 'processedAt'> = { stored: 'storedAt', processed: 'processedAt' };
/** Kinds that are worked on where they sit, so where they are processed must be given. Backups and logs are kept:
 * their storage is what must be given, their processing is judged when given. */
const PROCESSED_KINDS: ReadonlySet<DataKind> = new Set(['customer-content', 'technical-data']);

interface Outside {
  place: Place;
  site: string;
  country: string;
  subject: string;
}

/** Judges each data flow of the chosen kinds: its sites (stored, processed) and the entity it is sent to. */
export const dataLocation: CheckFunction<DataLocationParams> = {
  name: 'data-location',
  description:
    'every site where data of the given kinds is stored or processed, and every entity it is sent to, is in the area',
  parameters: {
    type: 'object',
    properties: {
      ...areaParamsSchema,
      ...sensitivityParamsSchema,
      kinds: {
        type: 'array',
        items: { enum: [...DATA_KINDS] },
        minItems: 1,
        uniqueItems: true,
        description: 'data kinds always judged',
      },
      customerDataFlows: {
        type: 'boolean',
        default: false,
        description:
          'also judge flows with containsCustomerData: true (and telemetry or billing flows that do not say)',
      },
      technicalDataFlows: {
        type: 'boolean',
        default: false,
        description:
          'also judge flows with `containsTechnicalData: true` (and telemetry or billing flows that do not say)',
      },
      places: {
        type: 'array',
        items: { enum: ['stored', 'processed'] },
        minItems: 1,
        uniqueItems: true,
        default: ['stored', 'processed'],
      },
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
    'data-location.not-applicable',
    ...SENSITIVITY_MESSAGES,
  ],
  run(params, context) {
    const { description } = context;
    const na = outsideSensitivity(params, description);
    if (na) return [na];
    const results: CheckResult[] = [];
    let judged = 0;
    (description.data ?? []).forEach((flow, i) => {
      const s = scope(flow, params);
      if (s.in === 'no') {
        const na = carriesNothing(flow, i);
        if (na) results.push(na);
      } else {
        judged++;
        results.push({ ...judgeFlow(flow, i, s.unsaid, params, context), facts: flowFacts(flow, params, context) });
      }
    });
    if (judged > 0) return results;
    return [
      ...results,
      {
        status: 'unknown',
        subject: description.data ? '/data' : '',
        message: { id: 'data-location.none', values: { kinds: terms('data', params.kinds) } },
      },
    ];
  },
};

/** What a flow's verdict rests on besides the flow: the sites it names, and the entity it is sent to. */
function flowFacts(flow: DataFlow, params: DataLocationParams, { facts }: CheckContext): string[] {
  const sites = (params.places ?? ['stored', 'processed']).flatMap((place) => flow[FIELD[place]] ?? []);
  return [
    ...[...new Set(sites)].flatMap((id) => (facts.siteIndex(id) >= 0 ? [pointer('sites', facts.siteIndex(id))] : [])),
    ...(flow.sentTo !== undefined ? [pointer('entities', flow.sentTo)] : []),
  ];
}

/** The flags that mark a flow as carrying the data a rule judges beyond its kinds. */
const FLAGS = [
  { param: 'customerDataFlows', flag: 'containsCustomerData' },
  { param: 'technicalDataFlows', flag: 'containsTechnicalData' },
] as const;

/**
 * Whether a flow is judged: `yes`, `maybe` (an outbound flow that does not say whether it carries the data judged;
 * `unsaid` names the flags it leaves out), or `no`.
 */
function scope(flow: DataFlow, params: DataLocationParams): { in: 'yes' | 'maybe' | 'no'; unsaid: string[] } {
  if (params.kinds.includes(flow.kind)) return { in: 'yes', unsaid: [] };
  const flags = FLAGS.filter((c) => params[c.param]);
  if (flags.some((c) => flow[c.flag] === true)) return { in: 'yes', unsaid: [] };
  const unsaid = OUTBOUND_KINDS.has(flow.kind)
    ? flags.filter((c) => flow[c.flag] === undefined).map((c) => c.flag)
    : [];
  return { in: unsaid.length > 0 ? 'maybe' : 'no', unsaid };
}

/** A flow that carries neither customer nor technical data: no location rule concerns it, and it says why. */
function carriesNothing(flow: DataFlow, i: number): CheckResult | undefined {
  const c = carried(flow);
  if (c.customer !== false || c.technical !== false) return undefined;
  return {
    status: 'not-applicable',
    subject: pointer('data', i),
    message: { id: 'data-location.not-applicable', values: { kind: terms('data', [flow.kind]) } },
  };
}

function judgeFlow(
  flow: DataFlow,
  i: number,
  unsaid: string[],
  params: DataLocationParams,
  { facts }: CheckContext,
): CheckResult {
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
    if (refs.length === 0 && flow.sentTo === undefined && (place === 'stored' || PROCESSED_KINDS.has(flow.kind)))
      missingFields.push(field);
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
    const place = placeEntity(entity, params, facts);
    const subject = pointer('data', i, 'sentTo');
    const name = entityName(flow.sentTo, facts.entity(flow.sentTo));
    const missing = place.fields.length === 0 ? ['type'] : place.missing;
    if (place.outside.length > 0) {
      const countries = place.countriesOutside;
      countries.forEach((c) => outsideCountries.add(c));
      findings.push({
        status: 'fail',
        subject,
        message: { id: 'data-location.fail-recipient', values: { kind, entity: name, countries: { countries }, area } },
      });
    } else if (missing.length > 0)
      findings.push({
        status: 'unknown',
        subject,
        message: { id: 'data-location.unknown-recipient', values: { kind, entity: name, fields: { terms: missing } } },
      });
    else {
      place.countriesInside.forEach((c) => inside.add(c));
      insidePlaces.add('sent');
    }
  }
  // Nothing placed and nothing required (a kept kind judged only where processed, with no processedAt): still not known.
  if (findings.length === 0 && missingFields.length === 0 && noCountry.length === 0 && insidePlaces.size === 0)
    missingFields.push(...places.map((p) => FIELD[p]));
  if (missingFields.length > 0)
    findings.push({
      status: 'unknown',
      subject: pointer('data', i),
      message: { id: 'data-location.unknown-field', values: { kind, fields: terms('field', missingFields) } },
    });
  if (noCountry.length > 0)
    findings.push({
      status: 'unknown',
      subject: noCountry[0]!.subject,
      message: {
        id: 'data-location.unknown-site',
        values: { kind, sites: { list: [...new Set(noCountry.map((s) => s.site))] } },
      },
    });

  const evidence = {
    kind: flow.kind,
    inside: [...inside].sort(),
    outside: [...outsideCountries].sort(),
    ...Object.fromEntries(unsaid.map((f) => [f, null])),
  };
  // A flow that may not carry the data judged cannot fail for leaving the area: that is exactly what is not known.
  if (unsaid.length > 0 && outsideCountries.size > 0)
    return {
      status: 'unknown',
      subject: pointer('data', i),
      message: {
        id: 'data-location.unknown-contains',
        values: { kind, countries: { countries: [...outsideCountries] }, area, fields: terms('field', unsaid) },
      },
      evidence,
    };
  return (
    worstOf(findings, evidence) ?? {
      status: 'pass',
      subject: pointer('data', i),
      message: {
        id: 'data-location.pass',
        values: { kind, places: terms('place', insidePlaces), countries: { countries: [...inside] }, area },
      },
      evidence,
    }
  );
}
