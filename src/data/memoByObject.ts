/**
 * `compute` made once per key object, kept as long as the key lives: a
 * layer, a table or a model is never changed in place (a new file makes a
 * new one), so what is derived from it can be kept by its identity. The
 * same result object each time also tells the map a source is unchanged.
 * Arguments after the key are taken from the first call: they must follow
 * from the key.
 */
export function memoByObject<K extends object, A extends unknown[], V>(compute: (key: K, ...rest: A) => V): (key: K, ...rest: A) => V {
  const cache = new WeakMap<K, V>();
  return (key, ...rest) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key, ...rest);
    cache.set(key, value);
    return value;
  };
}
