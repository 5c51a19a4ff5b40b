// The strict-audit view of a description (--require-sources): a fact no source stands behind counts as not given.

import { pointer } from '../core/json-pointer.js';
import { ownCitations } from './citations.js';
import type { Description } from './description.js';

type Node = Record<string, unknown>;

/** What an uncited object keeps: the fields that name it or link it, never a fact about it. */
const KEEP = {
  offer: ['name', 'qualifications'],
  entity: ['name', 'type', 'shareholders', 'specialRights'],
  shareholding: ['holder'],
  site: ['id', 'name'],
  flow: ['kind'],
  staff: ['role'],
  subcontractor: ['entity', 'service'],
  none: [],
} as const;

/**
 * The description with every fact that cites no source (neither itself nor an object that holds it) taken out, and
 * the pointers of the objects that lost facts. Lists whose items cannot lose their facts one by one (qualifications,
 * special rights) go whole; an empty list under an uncited object (`specialRights: []`) is itself an uncited fact.
 */
export function documentedOnly(d: Description): { description: Description; undocumented: string[] } {
  const copy = structuredClone(d) as unknown as Node;
  const undocumented: string[] = [];
  const strip = (o: Node, keep: readonly string[], at: string) => {
    let lost = false;
    for (const k of Object.keys(o))
      if (!keep.includes(k) && k !== 'source' && k !== 'sources' && !k.startsWith('x-')) {
        delete o[k];
        lost = true;
      }
    if (lost) undocumented.push(at);
  };
  const cited = (o: unknown, inherited: boolean) => inherited || ownCitations(o).length > 0;
  const list = (o: Node, key: string): Node[] | undefined => (Array.isArray(o[key]) ? (o[key] as Node[]) : undefined);
  /** A list under an object: items checked one by one, or the whole list dropped when any item is uncited. */
  const items = (o: Node, key: string, parentCited: boolean, at: string, keep?: readonly string[]) => {
    const xs = list(o, key);
    if (!xs) return;
    if (xs.length === 0 && !parentCited) {
      delete o[key];
      undocumented.push(`${at}/${key}`);
      return;
    }
    xs.forEach((x, i) => {
      if (cited(x, parentCited)) return;
      const ptr = `${at}/${key}/${i}`;
      if (keep) strip(x, keep, ptr);
      else if (o[key] !== undefined) {
        delete o[key];
        undocumented.push(`${at}/${key}`);
      }
    });
  };

  const offer = copy.offer as Node;
  const offerCited = cited(offer, false);
  if (!offerCited) strip(offer, KEEP.offer, '/offer');
  items(offer, 'qualifications', offerCited, '/offer');
  for (const [id, e] of Object.entries(copy.entities as Record<string, Node>)) {
    const at = pointer('entities', id);
    const eCited = cited(e, false);
    if (!eCited) strip(e, KEEP.entity, at);
    items(e, 'shareholders', eCited, at, KEEP.shareholding);
    items(e, 'specialRights', eCited, at);
  }
  const each = (key: string, keep: readonly string[]) =>
    list(copy, key)?.forEach((x, i) => {
      if (!cited(x, false)) strip(x, keep, pointer(key, i));
    });
  each('sites', KEEP.site);
  each('data', KEEP.flow);
  each('staff', KEEP.staff);
  each('subcontractors', KEEP.subcontractor);
  for (const key of ['certificates', 'contract']) {
    const o = copy[key] as Node | undefined;
    if (o && !cited(o, false)) strip(o, KEEP.none, `/${key}`);
  }
  return { description: copy as unknown as Description, undocumented };
}
