import { $api } from '../../api/query';
import { useT } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import styles from './Products.module.css';
import { forgetProducts } from './queries';

/** What a bulk action came to for each product it was asked for. */
export type Outcomes = Record<string, { ok: boolean; message?: string }>;

/** The selected products' actions: publish or unpublish them all, each answering for itself. */
export function BulkBar({
  selected,
  onDone,
}: {
  selected: string[];
  onDone: (outcomes: Outcomes) => void;
}) {
  const t = useT();
  const bulk = $api.useMutation('post', '/api/v1/me/products/bulk');
  if (selected.length === 0 && !bulk.error) return null;
  const run = async (action: 'publish' | 'unpublish') => {
    const answer = await bulk.mutateAsync({ body: { action, ids: selected } });
    forgetProducts();
    onDone(
      Object.fromEntries(
        answer.results.map((result) => [
          result.id,
          result.ok
            ? { ok: true }
            : { ok: false, message: result.error?.message ?? t('ui.error.unexpected') },
        ]),
      ),
    );
  };
  return (
    <div className={`card ${styles.bulk}`} data-testid="bulk-bar">
      <span>{t('products.bulk.selected', { count: selected.length })}</span>
      <button
        type="button"
        className="button button--primary button--small"
        disabled={bulk.isPending || selected.length === 0}
        onClick={() => void run('publish').catch(() => undefined)}
      >
        {t('products.bulk.publish')}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={bulk.isPending || selected.length === 0}
        onClick={() => void run('unpublish').catch(() => undefined)}
      >
        {t('products.bulk.unpublish')}
      </button>
      <ErrorNotice error={bulk.error} />
    </div>
  );
}
