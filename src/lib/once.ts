/** Computes on first call, then returns the same value for the isolate's life. */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * Computes once for each key, then returns the same promise for the isolate's life; a failed
 * computation is forgotten, so the next call tries again. For work such as importing a key,
 * which costs more than using it.
 */
export function oncePerKey<K, V>(compute: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const computed = new Map<K, Promise<V>>();
  return (key) => {
    let value = computed.get(key);
    if (!value) {
      value = compute(key);
      value.catch(() => computed.delete(key));
      computed.set(key, value);
    }
    return value;
  };
}
