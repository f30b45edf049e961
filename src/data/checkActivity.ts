import { DatasetLoadError } from './DatasetLoadError.ts';
import { isObject, typeName } from './checkManifest.ts';
import type { ActivityRecord } from './types.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks each activity record has what the panel prints: a numeric value, a period, a source and a status. */
export function checkActivity(json: unknown, file: string): ActivityRecord[] {
  if (!Array.isArray(json)) throw new DatasetLoadError(file, 'an array of activity records', typeName(json));
  json.forEach((r: unknown, i) => {
    if (!isObject(r)) throw new DatasetLoadError(file, 'an object', typeName(r), i, 'record');
    for (const key of ['areaId', 'category', 'metric', 'unit', 'sourceId'] as const) {
      if (typeof r[key] !== 'string') throw new DatasetLoadError(file, `"${key}" as a string`, typeName(r[key]), i, 'record');
    }
    for (const key of ['periodStart', 'periodEnd'] as const) {
      if (typeof r[key] !== 'string' || !ISO_DATE.test(r[key])) {
        throw new DatasetLoadError(file, `"${key}" as a date YYYY-MM-DD`, typeName(r[key]), i, 'record');
      }
    }
    if (typeof r.value !== 'number' || !Number.isFinite(r.value)) throw new DatasetLoadError(file, '"value" as a number', typeName(r.value), i, 'record');
    if (r.status !== 'sourced' && r.status !== 'illustrative') {
      throw new DatasetLoadError(file, '"status" as "sourced" or "illustrative"', typeName(r.status), i, 'record');
    }
  });
  return json as ActivityRecord[];
}
