import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useT } from '../i18n/i18n';
import { fieldProblems } from './errors';

/**
 * The one way a failed action is shown: the server's localised message, above the form. When
 * the error's field problems are all shown beside their fields (`fields`), only a short pointer
 * to them remains here, or nothing when the field message already says it all.
 */
export function ErrorNotice({
  error,
  fields = [],
  onRetry,
}: {
  error: unknown;
  fields?: readonly string[];
  onRetry?: () => void;
}) {
  const t = useT();
  if (!error) return null;

  let message: string;
  if (error instanceof ApiError) {
    const problems = fieldProblems(error);
    const allShownInline =
      problems.length > 0 &&
      problems.every((problem) =>
        fields.some((field) => problem.field === field || problem.field.startsWith(`${field}.`)),
      );
    if (allShownInline && error.code !== 'validation.failed') return null;
    if (allShownInline) message = t('ui.error.checkFields');
    else if (error.code === 'network.unreachable') message = t('ui.error.network');
    // A proxy's page or a body that is not JSON has no message fit to show.
    else if (error.code.startsWith('network.') || error.code.startsWith('http.5'))
      message = t('ui.error.unexpected');
    else message = error.message;
  } else {
    message = t('ui.error.unexpected');
  }

  return (
    <div className="alert alert--error" role="alert">
      <span>{message}</span>
      {onRetry && (
        <button type="button" className="alert__action" onClick={onRetry}>
          {t('ui.retry')}
        </button>
      )}
    </div>
  );
}

/** A confirmation that something worked (announced politely to screen readers). */
export function SuccessNotice({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div className="alert alert--success" role="status">
      <span>{children}</span>
    </div>
  );
}
