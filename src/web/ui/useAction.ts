import { useCallback, useRef, useState } from 'react';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * State of one thing the user asked for: busy while it runs, the error it ended with. A second
 * request while one is running is ignored (a double click sends once).
 */
export function useAction(options: { onError?: (error: unknown) => void } = {}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);
  const onErrorRef = useRef(options.onError);
  onErrorRef.current = options.onError;

  const run = useCallback(async <T>(action: () => Promise<T>): Promise<Outcome<T>> => {
    if (running.current) return { ok: false, error: null };
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      return { ok: true, value: await action() };
    } catch (caught) {
      setError(caught);
      onErrorRef.current?.(caught);
      return { ok: false, error: caught };
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const reset = useCallback(() => setError(null), []);
  return { busy, error, setError, run, reset };
}
