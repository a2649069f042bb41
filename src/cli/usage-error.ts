/** A mistake in how a command was called: reported together with the usage text. */
export class UsageError extends Error {}
