// What a data flow carries (19.2.b customer data, 19.2.d technical data), by its kind and by what it says.

import type { DataFlow, DataKind } from './description.js';

/** Kinds that are customer data, and kinds that are technical data, by nature. */
const CUSTOMER_KINDS: ReadonlySet<DataKind> = new Set(['customer-content', 'backups']);
const TECHNICAL_KINDS: ReadonlySet<DataKind> = new Set(['technical-data', 'logs']);
/** Outbound kinds that may carry either without saying so: only their flags tell. */
export const OUTBOUND_KINDS: ReadonlySet<DataKind> = new Set(['telemetry', 'billing']);

/** Whether a flow carries customer data and technical data: true, false, or undefined when it does not say. */
export interface Carried {
  customer: boolean | undefined;
  technical: boolean | undefined;
}

/** What a flow carries: its kind decides, then its flags (`containsCustomerData`, `containsTechnicalData`). */
export function carried(flow: DataFlow): Carried {
  const outbound = OUTBOUND_KINDS.has(flow.kind);
  const customer =
    CUSTOMER_KINDS.has(flow.kind) || (outbound ? flow.containsCustomerData : flow.containsCustomerData === true);
  const technical =
    TECHNICAL_KINDS.has(flow.kind) || (outbound ? flow.containsTechnicalData : flow.containsTechnicalData === true);
  return { customer, technical };
}
