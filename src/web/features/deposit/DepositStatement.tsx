import {
  keepPreviousData,
  type QueryKey,
  type UseQueryOptions,
  useQuery,
} from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n, useT } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { formatDateTime, formatMoney, formatSignedMoney } from '../store/format';
import type { Money } from '../store/types';
import styles from './Deposit.module.css';
import type { StatementPage } from './queries';
import { type Deposit, type DepositTransfer, isInternalId, kindLabel, memoText } from './types';

/** Balance against what the store requires, as a bar, with the shortfall when there is one. */
export function DepositSummary({ deposit }: { deposit: Deposit }) {
  const { t, language } = useI18n();
  const { balance, required, shortfall } = deposit;
  const percent =
    required.amount > 0 ? Math.min(100, Math.round((balance.amount / required.amount) * 100)) : 100;
  return (
    <div className={styles.summary} data-short={shortfall.amount > 0 || undefined}>
      <dl className={styles.figures}>
        <div className={styles.figure}>
          <dt>{t('deposit.balance')}</dt>
          <dd data-testid="deposit-balance">{formatMoney(balance, language)}</dd>
        </div>
        <div className={styles.figure}>
          <dt>{t('deposit.required')}</dt>
          <dd data-testid="deposit-required">{formatMoney(required, language)}</dd>
        </div>
      </dl>
      {required.amount > 0 && (
        <div
          className={`progress ${styles.meter}`}
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
        <p className="alert alert--error" data-testid="deposit-shortfall">
          {t('deposit.shortfall', { amount: formatMoney(shortfall, language) })}
        </p>
      ) : required.amount > 0 ? (
        <p className={styles.covered}>{t('deposit.covered')}</p>
      ) : null}
    </div>
  );
}

/** The query of one page of a statement: the merchant's own or one merchant's, for operators. */
export type StatementQuery<Key extends QueryKey, Failure> = (
  page: StatementPage,
) => UseQueryOptions<Deposit, Failure, Deposit, Key>;

type Paging = {
  /** The `before` cursor of each older page followed so far; none: the newest page. */
  cursors: readonly number[];
  onCursors: (cursors: number[]) => void;
};

/**
 * The statement, newest first, a page at a time: older pages follow `nextBefore`, and the cursors
 * already followed lead back to newer ones. `query` is the merchant's or an operator's
 * (deposit/queries.ts); the cursors are the page's (its URL) or, without `paging`, its own.
 */
export function DepositStatement<Key extends QueryKey, Failure>({
  query,
  paging,
  pageSize = 20,
}: {
  query: StatementQuery<Key, Failure>;
  paging?: Paging;
  pageSize?: number;
}) {
  const { t } = useI18n();
  const [ownCursors, setOwnCursors] = useState<number[]>([]);
  const cursors = paging?.cursors ?? ownCursors;
  const setCursors = paging?.onCursors ?? setOwnCursors;
  const before = cursors.at(-1);
  const statement = useQuery({
    ...query({ limit: pageSize, ...(before ? { before } : {}) }),
    // The page already shown stays while the next one comes.
    placeholderData: keepPreviousData,
  });
  const loaded = statement.data;

  return (
    <section className={`card ${styles.statement}`} aria-labelledby="statement-title">
      <div className={styles.statementHead}>
        <h2 id="statement-title" className={styles.title}>
          {t('deposit.statement')}
        </h2>
        {cursors.length > 0 && (
          <span className={styles.pageNumber}>
            {t('deposit.page', { page: cursors.length + 1 })}
          </span>
        )}
      </div>
      {statement.error ? (
        <ErrorNotice error={statement.error} onRetry={() => void statement.refetch()} />
      ) : null}
      {loaded ? (
        loaded.transfers.length === 0 ? (
          <p className={styles.empty}>{t('deposit.empty')}</p>
        ) : (
          <StatementTable transfers={loaded.transfers} />
        )
      ) : (
        !statement.error && <Loading />
      )}
      {loaded && (cursors.length > 0 || loaded.nextBefore) && (
        <nav className={styles.paging} aria-label={t('deposit.paging')}>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={cursors.length === 0 || statement.isFetching}
            onClick={() => setCursors(cursors.slice(0, -1))}
          >
            {t('deposit.newer')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={!loaded.nextBefore || statement.isFetching}
            onClick={() => {
              const next = loaded.nextBefore;
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
    <table className={styles.table} data-testid="deposit-statement">
      <thead>
        <tr>
          <th scope="col">{t('deposit.column.date')}</th>
          <th scope="col">{t('deposit.column.kind')}</th>
          <th scope="col">{t('deposit.column.direction')}</th>
          <th scope="col" className={styles.number}>
            {t('deposit.column.amount')}
          </th>
          <th scope="col" className={styles.number}>
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
              <td data-label={t('deposit.column.kind')} className={styles.kind}>
                {kind ? t(kind) : transfer.kind}
              </td>
              <td data-label={t('deposit.column.direction')}>
                <span className={styles.direction} data-direction={transfer.direction}>
                  {t(transfer.direction === 'in' ? 'deposit.in' : 'deposit.out')}
                </span>
              </td>
              <td
                data-label={t('deposit.column.amount')}
                className={`${styles.number} ${styles.amount}`}
              >
                {formatSignedMoney(transfer.amount, language)}
              </td>
              <td data-label={t('deposit.column.balanceAfter')} className={styles.number}>
                {money(transfer.balanceAfter)}
              </td>
              <td data-label={t('deposit.column.memo')} className={styles.memo}>
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
        <span key={line} className={styles.reference}>
          {line}
        </span>
      ))}
    </>
  );
}
