import { useCallback, useEffect, useRef, useState } from 'react';

type State<T> = { data: T | undefined; error: unknown; loading: boolean };

/**
 * Data a page reads when it opens (and again on `reload()`); stale answers of an earlier load
 * are dropped. `setData` replaces it with what a change returned.
 */
export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  options: { onError?: (error: unknown) => void; key?: string } = {},
) {
  const [state, setState] = useState<State<T>>({ data: undefined, error: null, loading: true });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const onErrorRef = useRef(options.onError);
  onErrorRef.current = options.onError;

  // biome-ignore lint/correctness/useExhaustiveDependencies: reloads on `generation` and `key` by design
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: null }));
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: null, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ data: undefined, error, loading: false });
        onErrorRef.current?.(error);
      },
    );
    return () => controller.abort();
  }, [generation, options.key]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const setData = useCallback((data: T) => setState({ data, error: null, loading: false }), []);
  return { ...state, reload, setData };
}
