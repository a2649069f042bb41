import { isSignedOutError } from '../../ui/errors';
import { useAction } from '../../ui/useAction';
import { useAuth } from './session';

/** useAction for signed-in pages: when the session has ended, the guard sends them to sign in. */
export function useMerchantAction() {
  const { refresh } = useAuth();
  return useAction({
    onError: (error) => {
      if (isSignedOutError(error)) void refresh();
    },
  });
}
