import type { ActivityRecord } from '../data/types.ts';
import { memoByObject } from '../data/memoByObject.ts';

const NONE: readonly ActivityRecord[] = [];

/** Records by area, in the table's order, built once per activity table: a panel reads one area's, not the country's. */
const byArea = memoByObject((activity: readonly ActivityRecord[]) => {
  const index = new Map<string, ActivityRecord[]>();
  for (const r of activity) {
    const list = index.get(r.areaId);
    if (list) list.push(r);
    else index.set(r.areaId, [r]);
  }
  return index;
});

/** An area's activity records, in the table's order. */
export function recordsOfArea(activity: readonly ActivityRecord[], areaId: string): readonly ActivityRecord[] {
  return byArea(activity).get(areaId) ?? NONE;
}
