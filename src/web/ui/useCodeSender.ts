import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { useCountdown } from './useCountdown';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };
type SendRequest = () => Promise<{ resendAfterSeconds: number }>;

/**
 * Sending a one-time code, and when the next one may be asked for: after a send the server's
 * `resendAfterSeconds`, after a refusal its Retry-After. A second send while one is on its way
 * is ignored (a double click sends once).
 */
export function useCodeSender() {
  const countdown = useCountdown();
  const [sent, setSent] = useState(false);
  const mutation = useMutation({ mutationFn: (request: SendRequest) => request() });
  const { mutateAsync, isPending, reset } = mutation;
  // A ref, not isPending: two clicks in one frame both see the render before the first send.
  const sending = useRef(false);

  const send = useCallback(
    async (request: SendRequest): Promise<Outcome<{ resendAfterSeconds: number }>> => {
      if (sending.current) return { ok: false, error: null };
      sending.current = true;
      try {
        const value = await mutateAsync(request);
        setSent(true);
        countdown.start(value.resendAfterSeconds);
        return { ok: true, value };
      } catch (error) {
        if (error instanceof ApiError && error.retryAfterSeconds) {
          countdown.start(error.retryAfterSeconds);
        }
        return { ok: false, error };
      } finally {
        sending.current = false;
      }
    },
    [mutateAsync, countdown.start],
  );

  return {
    sent,
    secondsLeft: countdown.secondsLeft,
    busy: isPending,
    error: mutation.error as unknown,
    clearError: reset,
    send,
    /** Back to the start (e.g. a different address was entered). */
    forget: useCallback(() => setSent(false), []),
  };
}
