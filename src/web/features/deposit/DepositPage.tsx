import './deposit.css';
import { useCallback } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { isSignedOutError } from '../../ui/errors';
import { Loading } from '../../ui/Loading';
import { useAuth } from '../auth/session';
import { useMerchantResource } from '../auth/useMerchantResource';
import { StoreNav } from '../store/StoreNav';
import { DepositStatement, DepositSummary } from './DepositStatement';
import type { Deposit } from './types';

/** GET /api/v1/me/deposit, one page of the statement. */
export function fetchDeposit(page: { limit: number; before?: number }, signal?: AbortSignal) {
  const params = new URLSearchParams({ limit: String(page.limit) });
  if (page.before) params.set('before', String(page.before));
  return api.get<Deposit>(`/me/deposit?${params}`, signal ? { signal } : {});
}

/** /store/deposit: the deposit held for the store against what it requires, and every movement. */
export function DepositPage() {
  const { t } = useI18n();
  usePageTitle('deposit.title', 'app.sellerCenter');
  const { refresh } = useAuth();
  const summary = useMerchantResource((signal) => fetchDeposit({ limit: 1 }, signal));
  const load = useCallback(
    (page: { limit: number; before?: number }, signal: AbortSignal) => fetchDeposit(page, signal),
    [],
  );

  return (
    <section className="page">
      <header className="page__header">
        <h1>{t('deposit.title')}</h1>
        <p className="page__summary">{t('deposit.summary')}</p>
      </header>
      <StoreNav />
      <div className="deposit-page">
        <section className="card deposit-card" aria-labelledby="deposit-balance-title">
          <h2 id="deposit-balance-title" className="deposit-card__title">
            {t('deposit.account')}
          </h2>
          {summary.data ? (
            <DepositSummary deposit={summary.data} />
          ) : summary.error ? (
            <ErrorNotice error={summary.error} onRetry={summary.reload} />
          ) : (
            <Loading />
          )}
          <p className="deposit-card__note">{t('deposit.note')}</p>
        </section>
        <DepositStatement
          load={load}
          onError={(error) => {
            if (isSignedOutError(error)) void refresh();
          }}
        />
      </div>
    </section>
  );
}

/** The store overview's deposit card: the balance against what is required, and a way in. */
export function DepositCard() {
  const { t } = useI18n();
  const deposit = useMerchantResource((signal) => fetchDeposit({ limit: 1 }, signal));
  return (
    <section
      className="card deposit-card"
      aria-labelledby="deposit-card-title"
      data-testid="deposit-card"
    >
      <h2 id="deposit-card-title" className="deposit-card__title">
        {t('deposit.title')}
      </h2>
      {deposit.data ? (
        <DepositSummary deposit={deposit.data} />
      ) : deposit.error ? (
        <ErrorNotice error={deposit.error} onRetry={deposit.reload} />
      ) : (
        <Loading />
      )}
      <Link to="/store/deposit" className="button button--secondary button--small">
        {t('deposit.viewStatement')}
      </Link>
    </section>
  );
}
