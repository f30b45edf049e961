/**
 * Makes equal texts of records one string each: parsed text gives every
 * record its own copy of every text (a national activity table: a hundred
 * thousand records, each with its own "2024-01-01", "patrols", "sessions"…),
 * several times the records' own memory. For the validator run in this
 * thread (checkInProcess); a worker's reports arrive shared already
 * (packTable). Features are shared through their properties. Changes the
 * values in place (they are the caller's fresh copies) and returns them.
 */
export function shareStrings<T>(values: T[]): T[] {
  const seen = new Map<string, string>();
  const share = (o: Record<string, unknown>) => {
    for (const key in o) {
      const v = o[key];
      if (typeof v !== 'string' || v.length > 64) continue;
      const known = seen.get(v);
      if (known === undefined) seen.set(v, v);
      else o[key] = known;
    }
  };
  for (const v of values) {
    if (v === null || typeof v !== 'object') continue;
    const o = v as Record<string, unknown>;
    // A feature's texts are in its properties; a record's are its own.
    if (o.type === 'Feature') {
      if (o.properties && typeof o.properties === 'object') share(o.properties as Record<string, unknown>);
    } else share(o);
  }
  return values;
}
