import { useCallback, useState } from 'react';
import { ApiError } from '../api';
import { useAction } from './useAction';
import { useCountdown } from './useCountdown';

/**
 * Sending a one-time code, and when the next one may be asked for: after a send the server's
 * `resendAfterSeconds`, after a refusal its Retry-After.
 */
export function useCodeSender() {
  const countdown = useCountdown();
  const action = useAction();
  const [sent, setSent] = useState(false);

  const send = useCallback(
    async (request: () => Promise<{ resendAfterSeconds: number }>) => {
      const outcome = await action.run(request);
      if (outcome.ok) {
        setSent(true);
        countdown.start(outcome.value.resendAfterSeconds);
      } else if (outcome.error instanceof ApiError && outcome.error.retryAfterSeconds) {
        countdown.start(outcome.error.retryAfterSeconds);
      }
      return outcome;
    },
    [action.run, countdown.start],
  );

  return {
    sent,
    secondsLeft: countdown.secondsLeft,
    busy: action.busy,
    error: action.error,
    clearError: action.reset,
    send,
    /** Back to the start (e.g. a different address was entered). */
    forget: useCallback(() => setSent(false), []),
  };
}
