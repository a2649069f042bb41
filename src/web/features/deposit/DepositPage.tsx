import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { useAuth } from '../auth/session';
import { OpenStoreFirst } from '../store/OpenStoreFirst';
import { StoreNav } from '../store/StoreNav';
import styles from './Deposit.module.css';
import { DepositStatement, DepositSummary } from './DepositStatement';
import { merchantStatement } from './queries';

const depositRoute = getRouteApi('/seller/merchant/store/deposit');

/** /store/deposit: the deposit held for the store against what it requires, and every movement. */
export function DepositPage() {
  const { t } = useI18n();
  usePageTitle('deposit.title', 'app.sellerCenter');
  // A merchant without a store has no deposit yet: nothing to ask the server for.
  const noStore = useAuth().hasNo('store');
  const summary = useQuery({ ...merchantStatement({ limit: 1 }), enabled: !noStore });
  // The older pages followed live in the address, so reload and back/forward keep the page.
  const { older = [] } = depositRoute.useSearch();
  const navigate = useNavigate();

  return (
    <section className="page">
      <header className="page__header">
        <h1>{t('deposit.title')}</h1>
        <p className="page__summary">{t('deposit.summary')}</p>
      </header>
      {noStore ? (
        <OpenStoreFirst body="deposit" />
      ) : (
        <>
          <StoreNav />
          <div className={styles.page}>
            <section className={`card ${styles.card}`} aria-labelledby="deposit-balance-title">
              <h2 id="deposit-balance-title" className={styles.title}>
                {t('deposit.account')}
              </h2>
              {summary.data ? (
                <DepositSummary deposit={summary.data} />
              ) : summary.error ? (
                <ErrorNotice error={summary.error} onRetry={() => void summary.refetch()} />
              ) : (
                <Loading />
              )}
              <p className={styles.note}>{t('deposit.note')}</p>
            </section>
            <DepositStatement
              query={merchantStatement}
              paging={{
                cursors: older,
                onCursors: (cursors) =>
                  void navigate({
                    to: '/store/deposit',
                    search: cursors.length > 0 ? { older: cursors } : {},
                  }),
              }}
            />
          </div>
        </>
      )}
    </section>
  );
}

/** The store overview's deposit card: the balance against what is required, and a way in. */
export function DepositCard() {
  const { t } = useI18n();
  const deposit = useQuery(merchantStatement({ limit: 1 }));
  return (
    <section
      className={`card ${styles.card}`}
      aria-labelledby="deposit-card-title"
      data-testid="deposit-card"
    >
      <h2 id="deposit-card-title" className={styles.title}>
        {t('deposit.title')}
      </h2>
      {deposit.data ? (
        <DepositSummary deposit={deposit.data} />
      ) : deposit.error ? (
        <ErrorNotice error={deposit.error} onRetry={() => void deposit.refetch()} />
      ) : (
        <Loading />
      )}
      <Link to="/store/deposit" className="button button--secondary button--small">
        {t('deposit.viewStatement')}
      </Link>
    </section>
  );
}
