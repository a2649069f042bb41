/**
 * Put `value` in `map` as its newest entry, dropping the oldest once the map holds more than
 * `max`: a cache whose keys name what their values were built from (a version) never needs
 * telling of a change, only a bound on what it keeps.
 */
export function keepNewest<K, V>(map: Map<K, V>, key: K, value: V, max: number): V {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value as K);
  return value;
}
