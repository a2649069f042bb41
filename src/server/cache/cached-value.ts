import type { ChangeFollower } from './change-feed.ts';

/**
 * Something read from the database once and kept until it changes: read on first use, forgotten
 * on `invalidate()` (this instance's own change, or a change feed's word of another's). Callers
 * arriving during a read share it.
 */
export interface CachedValue<T> {
  get(): Promise<T>;
  /** Forget the value: the next `get()` reads it again. */
  invalidate(): void;
  /** As a change feed follows it (change-feed.ts): a version that differs drops the value. */
  follower: ChangeFollower;
}

export function cachedValue<T>(
  /** The version first, then the value: a change landing in between is read again later. */
  readVersion: () => Promise<string>,
  load: () => Promise<T>,
): CachedValue<T> {
  let current: Promise<{ version: string; value: T }> | null = null;
  let version: string | null = null;

  const invalidate = () => {
    current = null;
    version = null;
  };

  return {
    async get() {
      if (!current) {
        const reading = (async () => ({ version: await readVersion(), value: await load() }))();
        current = reading;
        reading.then(
          (read) => {
            // An older read finishing after an invalidation must not bring its value back.
            if (current === reading) version = read.version;
          },
          () => {
            if (current === reading) invalidate();
          },
        );
      }
      return (await current).value;
    },
    invalidate,
    follower: {
      // Nothing held is never stale.
      isCurrent: (seen) => current === null || seen === version,
      readVersion,
      reload: async () => invalidate(),
    },
  };
}
