// What settling a payment answers besides 400/401/403/404, for the routes' `errors` lists (the
// API document). Each is defined once here and named by every route that settles.

/** A payment is settled the way it was paid, and once: a failed one cannot succeed, nor the reverse. */
export const SETTLE_ERRORS = ['payment.invalid_transition', 'payment.wrong_provider'] as const;

/** …and one that succeeds pays for something that may have moved on (a store closed since). */
export const SUCCEED_ERRORS = [...SETTLE_ERRORS, 'store.invalid_transition'] as const;

/** A payment confirmed or reported with an amount succeeds only for exactly what is due. */
export const AMOUNT_ERRORS = ['payment.amount_mismatch'] as const;
