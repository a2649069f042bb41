/** Class names joined with spaces, leaving out the conditions that are off. */
export const classes = (...names: (string | false | null | undefined)[]) =>
  names.filter(Boolean).join(' ');
