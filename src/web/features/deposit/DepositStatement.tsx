import './deposit.css';
import { useState } from 'react';
import { useI18n, useT } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { useResource } from '../../ui/useResource';
import { formatDateTime, formatMoney, formatSignedMoney } from '../store/format';
import type { Money } from '../store/types';
import { type Deposit, type DepositTransfer, isInternalId, kindLabel, memoText } from './types';

/** Balance against what the store requires, as a bar, with the shortfall when there is one. */
export function DepositSummary({ deposit }: { deposit: Deposit }) {
  const { t, language } = useI18n();
  const { balance, required, shortfall } = deposit;
  const percent =
    required.amount > 0 ? Math.min(100, Math.round((balance.amount / required.amount) * 100)) : 100;
  return (
    <div className="deposit-summary" data-short={shortfall.amount > 0 || undefined}>
      <dl className="deposit-summary__figures">
        <div className="deposit-summary__figure">
          <dt>{t('deposit.balance')}</dt>
          <dd data-testid="deposit-balance">{formatMoney(balance, language)}</dd>
        </div>
        <div className="deposit-summary__figure">
          <dt>{t('deposit.required')}</dt>
          <dd data-testid="deposit-required">{formatMoney(required, language)}</dd>
        </div>
      </dl>
      {required.amount > 0 && (
        <div
          className="progress deposit-summary__meter"
          role="progressbar"
          aria-label={t('deposit.meter')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={t('deposit.meterValue', { percent })}
        >
          <span className="progress__bar" style={{ width: `${percent}%` }} />
        </div>
      )}
      {shortfall.amount > 0 ? (
        <p
          className="alert alert--error deposit-summary__shortfall"
          data-testid="deposit-shortfall"
        >
          {t('deposit.shortfall', { amount: formatMoney(shortfall, language) })}
        </p>
      ) : required.amount > 0 ? (
        <p className="deposit-summary__ok">{t('deposit.covered')}</p>
      ) : null}
    </div>
  );
}

/**
 * The statement, newest first, a page at a time: older pages follow `nextBefore`, and the cursors
 * already followed lead back to newer ones. `load` is the merchant's or an operator's call.
 */
export function DepositStatement({
  load,
  onError,
  pageSize = 20,
}: {
  load: (page: { limit: number; before?: number }, signal: AbortSignal) => Promise<Deposit>;
  onError?: (error: unknown) => void;
  pageSize?: number;
}) {
  const { t } = useI18n();
  // The `before` cursor of each older page followed so far; none: the newest page.
  const [cursors, setCursors] = useState<number[]>([]);
  const before = cursors.at(-1);
  const statement = useResource(
    (signal) => load({ limit: pageSize, ...(before ? { before } : {}) }, signal),
    { key: String(before ?? 'newest'), ...(onError ? { onError } : {}) },
  );
  const page = statement.data;

  return (
    <section className="card statement" aria-labelledby="statement-title">
      <div className="statement__head">
        <h2 id="statement-title" className="statement__title">
          {t('deposit.statement')}
        </h2>
        {cursors.length > 0 && (
          <span className="statement__page">{t('deposit.page', { page: cursors.length + 1 })}</span>
        )}
      </div>
      {statement.error ? <ErrorNotice error={statement.error} onRetry={statement.reload} /> : null}
      {page ? (
        page.transfers.length === 0 ? (
          <p className="statement__empty">{t('deposit.empty')}</p>
        ) : (
          <StatementTable transfers={page.transfers} />
        )
      ) : (
        !statement.error && <Loading />
      )}
      {page && (cursors.length > 0 || page.nextBefore) && (
        <nav className="statement__paging" aria-label={t('deposit.paging')}>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={cursors.length === 0 || statement.loading}
            onClick={() => setCursors(cursors.slice(0, -1))}
          >
            {t('deposit.newer')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={!page.nextBefore || statement.loading}
            onClick={() => {
              const next = page.nextBefore;
              if (next) setCursors([...cursors, next]);
            }}
          >
            {t('deposit.older')}
          </button>
        </nav>
      )}
    </section>
  );
}

function StatementTable({ transfers }: { transfers: DepositTransfer[] }) {
  const { t, language } = useI18n();
  const money = (value: Money) => formatMoney(value, language);
  return (
    <table className="statement__table" data-testid="deposit-statement">
      <thead>
        <tr>
          <th scope="col">{t('deposit.column.date')}</th>
          <th scope="col">{t('deposit.column.kind')}</th>
          <th scope="col">{t('deposit.column.direction')}</th>
          <th scope="col" className="statement__number">
            {t('deposit.column.amount')}
          </th>
          <th scope="col" className="statement__number">
            {t('deposit.column.balanceAfter')}
          </th>
          <th scope="col">{t('deposit.column.memo')}</th>
        </tr>
      </thead>
      <tbody>
        {transfers.map((transfer) => {
          const kind = kindLabel(transfer.kind);
          return (
            <tr key={transfer.id} data-direction={transfer.direction}>
              <td data-label={t('deposit.column.date')}>
                <time dateTime={transfer.createdAt}>
                  {formatDateTime(transfer.createdAt, language)}
                </time>
              </td>
              <td data-label={t('deposit.column.kind')} className="statement__kind">
                {kind ? t(kind) : transfer.kind}
              </td>
              <td data-label={t('deposit.column.direction')}>
                <span className={`direction direction--${transfer.direction}`}>
                  {t(transfer.direction === 'in' ? 'deposit.in' : 'deposit.out')}
                </span>
              </td>
              <td
                data-label={t('deposit.column.amount')}
                className="statement__number statement__amount"
              >
                {formatSignedMoney(transfer.amount, language)}
              </td>
              <td data-label={t('deposit.column.balanceAfter')} className="statement__number">
                {money(transfer.balanceAfter)}
              </td>
              <td data-label={t('deposit.column.memo')} className="statement__memo">
                <MemoCell transfer={transfer} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * What the transfer is for, and what a merchant finds on their bank statement: the transfer
 * code they quoted and the bank's reference. Internal ids are not shown.
 */
function MemoCell({ transfer }: { transfer: DepositTransfer }) {
  const t = useT();
  const memo = memoText(transfer, t);
  const lines = [
    transfer.transferCode && t('deposit.transferCode', { code: transfer.transferCode }),
    transfer.bankReference && t('deposit.bankReference', { reference: transfer.bankReference }),
    transfer.reference &&
      !transfer.transferCode &&
      !isInternalId(transfer.reference) &&
      t('deposit.reference', { reference: transfer.reference }),
  ].filter((line): line is string => !!line);
  if (!memo && lines.length === 0) return <>—</>;
  return (
    <>
      {memo && <span>{memo}</span>}
      {lines.map((line) => (
        <span key={line} className="statement__reference">
          {line}
        </span>
      ))}
    </>
  );
}
