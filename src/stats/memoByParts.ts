/**
 * `compute` made once per key object, kept while the parts it was made from
 * are still the key's: a dataset whose layers or table were swapped in place
 * is computed again. Indexes of a dataset are built once this way, so a
 * click or a switch reads what it shows instead of scanning the country.
 */
export function memoByParts<K extends object, V>(parts: (key: K) => readonly unknown[], compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, { parts: readonly unknown[]; value: V }>();
  return (key) => {
    const now = parts(key);
    const hit = cache.get(key);
    if (hit && hit.parts.length === now.length && hit.parts.every((p, i) => p === now[i])) return hit.value;
    const value = compute(key);
    cache.set(key, { parts: now, value });
    return value;
  };
}
