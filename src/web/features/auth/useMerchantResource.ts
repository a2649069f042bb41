import { isSignedOutError } from '../../ui/errors';
import { useResource } from '../../ui/useResource';
import { useAuth } from './session';

/** useResource for signed-in pages: an ended session sends the merchant to sign in. */
export function useMerchantResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  options: { key?: string } = {},
) {
  const { refresh } = useAuth();
  return useResource(load, {
    ...options,
    onError: (error) => {
      if (isSignedOutError(error)) void refresh();
    },
  });
}
