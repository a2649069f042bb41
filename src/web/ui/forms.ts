import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { fieldProblems } from './errors';

/**
 * Puts each problem the server named (`error.details[].field`) on the form field it belongs to,
 * so the message shows under that field (react-hook-form's `errors.x.message`). `fieldFor` maps
 * the server's field name (`email`, `tiers.0.price`) to the form's, or undefined for one the
 * form does not show. Answers whether any problem found its field; when none did, the page
 * shows the error as a whole (ErrorNotice).
 */
export function showServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldFor: readonly Path<T>[] | ((serverField: string) => Path<T> | undefined),
): boolean {
  const map =
    typeof fieldFor === 'function'
      ? fieldFor
      : (serverField: string) =>
          fieldFor.find((field) => field === serverField || serverField.startsWith(`${field}.`));
  let placed = false;
  for (const problem of fieldProblems(error)) {
    const field = map(problem.field);
    if (!field) continue;
    const message = problem.message ?? (error instanceof Error ? error.message : undefined);
    setError(field, { type: 'server', ...(message ? { message } : {}) }, { shouldFocus: !placed });
    placed = true;
  }
  return placed;
}
