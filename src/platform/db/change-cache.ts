import { insideTransaction } from './unit-of-work.ts';

/**
 * Figures read from the database, kept in memory while nothing has changed anywhere (ADR 0015).
 *
 * `changeCounter` answers a number that grows with every committed change, from the database, so
 * every process sharing it sees the same: one indexed read a request instead of the queries that
 * build the figures. It is read before the figures are loaded, so a change committed while they
 * load leaves them under the older number, and the next request loads them again.
 */
export interface ChangeCache<T> {
  get(key: string, load: () => Promise<T>): Promise<T>;
}

interface Entry<T> {
  readonly counter: number;
  readonly value: Promise<T>;
}

export function createChangeCache<T>(
  changeCounter: () => Promise<number>,
  options: { maxEntries: number },
): ChangeCache<T> {
  // A Map keeps insertion order: re-inserting on use makes the first key the least recently used.
  const entries = new Map<string, Entry<T>>();

  function remember(key: string, entry: Entry<T>): void {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size <= options.maxEntries) return;
    const oldest = entries.keys().next();
    if (!oldest.done) entries.delete(oldest.value);
  }

  return {
    async get(key, load) {
      // Inside a transaction the counter and the figures would include changes that may yet roll
      // back, and a rolled-back change's number is used again by the next one: read, never keep.
      if (insideTransaction()) return load();
      const counter = await changeCounter();
      const kept = entries.get(key);
      if (kept && kept.counter === counter) {
        remember(key, kept);
        return kept.value;
      }
      // Requests that miss together share one load; a failed load is not kept.
      const value = load();
      const entry = { counter, value };
      remember(key, entry);
      value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return value;
    },
  };
}
