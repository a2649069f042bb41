import { isSignedOutError } from '../../ui/errors';
import { useAction } from '../../ui/useAction';
import { useResource } from '../../ui/useResource';
import { useOperatorAuth } from './session';

/** useResource for console pages: an ended operator session sends them to sign in again. */
export function useOperatorResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  options: { key?: string } = {},
) {
  const { refresh } = useOperatorAuth();
  return useResource(load, {
    ...options,
    onError: (error) => {
      if (isSignedOutError(error)) void refresh();
    },
  });
}

/** useAction for console pages, likewise. */
export function useOperatorAction() {
  const { refresh } = useOperatorAuth();
  return useAction({
    onError: (error) => {
      if (isSignedOutError(error)) void refresh();
    },
  });
}
