import { useT } from '../i18n/i18n';

/** Shown while a page waits for its data: a quiet spinner, announced once. */
export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('ui.loading')}</span>
    </div>
  );
}
