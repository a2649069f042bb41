import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { $api, queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { EmptyState } from '../../ui/EmptyState';
import { SuccessNotice } from '../../ui/ErrorNotice';
import {
  DataTable,
  FilterBar,
  FilterSelect,
  ListView,
  offsetPaging,
  useListPages,
} from '../../ui/list';
import { RequireRole } from '../admin/guards';
import { useOperator } from '../admin/session';
import { paymentStatusLabels } from '../store/display';
import { formatMoney } from '../store/format';
import { ConfirmDialog } from './ConfirmTransferDialog';
import { type PaymentAction, paymentColumns } from './PaymentColumns';
import styles from './PaymentsQueuePage.module.css';
import { paymentFilters } from './paymentsSearch';
import { RefundDialog } from './RefundDialog';
import { RejectDialog } from './RejectTransferDialog';
import type { AdminPayment, RefundAnswer } from './types';

const paymentsRoute = getRouteApi('/admin/operator/payments');
const pageSize = 50;

/** The last decision finance made here, said above the list. */
type Outcome =
  | { kind: 'confirmed' | 'rejected'; payment: AdminPayment }
  | { kind: 'refunded'; answer: RefundAnswer };

/** The finance queue (SPEC §4, §9): bank transfers merchants sent, to confirm on receipt. */
export function PaymentsQueuePage() {
  return (
    <RequireRole roles={['finance', 'admin']}>
      <PaymentsQueue />
    </RequireRole>
  );
}

function PaymentsQueue() {
  const { t, language } = useI18n();
  usePageTitle('adminStores.nav.payments', 'app.console');
  const operator = useOperator();
  const canConfirm = operator.roles.includes('finance');
  const search = paymentsRoute.useSearch();
  const navigate = paymentsRoute.useNavigate();
  const status = search.status === 'all' ? '' : (search.status ?? 'awaiting_confirmation');
  const [open, setOpen] = useState<{ action: PaymentAction; payment: AdminPayment } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const query = $api.useInfiniteQuery(
    'get',
    '/api/v1/admin/payments',
    { params: { query: { status: status || undefined, limit: pageSize, offset: 0 } } },
    offsetPaging,
  );
  const payments = useListPages(query, search.pages ?? 1, (pages) =>
    navigate({ search: { ...search, pages } }),
  );
  const items = payments.pages.flatMap((page) => page.items);

  const decided = (next: Outcome) => {
    setOpen(null);
    setOutcome(next);
    void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/admin/payments'] });
  };
  const columns = paymentColumns({
    t,
    language,
    canAct: canConfirm,
    onAction: (action, payment) => {
      if (action === 'refund') setOutcome(null);
      setOpen({ action, payment });
    },
  });

  return (
    <section className="page console-page">
      <header className="page__header">
        <h1>{t('adminStores.nav.payments')}</h1>
        <p className="page__summary">{t('adminStores.payments.summary')}</p>
      </header>

      <FilterBar className={styles.filters}>
        <FilterSelect
          label={t('adminStores.payments.status')}
          name="status"
          value={search.status ?? 'awaiting_confirmation'}
          options={[
            ...paymentFilters.map((option) => ({
              value: option,
              label: t(paymentStatusLabels[option]),
            })),
            { value: 'all' as const, label: t('adminStores.filter.all') },
          ]}
          onChange={(next) => {
            setOutcome(null);
            void navigate({
              search: {
                status: next === 'awaiting_confirmation' || next === '' ? undefined : next,
              },
            });
          }}
        />
      </FilterBar>

      {outcome?.kind === 'confirmed' && (
        <SuccessNotice>
          <span data-testid="payment-confirmed">
            {t('adminStores.payments.confirmed', {
              reference: outcome.payment.reference ?? '',
              amount: formatMoney(outcome.payment.amount, language),
            })}
          </span>
        </SuccessNotice>
      )}
      {outcome?.kind === 'rejected' && (
        <SuccessNotice>
          <span data-testid="payment-rejected">
            {t('adminStores.payments.rejected', { reference: outcome.payment.reference ?? '' })}
          </span>
        </SuccessNotice>
      )}
      {outcome?.kind === 'refunded' && (
        <SuccessNotice>
          <span data-testid="payment-refunded">
            {t('adminStores.refund.done', {
              amount: formatMoney(outcome.answer.refund.amount, language),
              reference: outcome.answer.refund.providerReference ?? '—',
            })}
          </span>
        </SuccessNotice>
      )}
      {!canConfirm && status === 'awaiting_confirmation' && (
        <p className="notice">{t('adminStores.payments.financeOnly')}</p>
      )}

      <ListView
        list={payments}
        count={t('adminStores.payments.count', { count: payments.first?.total ?? 0 })}
        empty={
          items.length === 0 && (
            <EmptyState testId="payments-queue">
              {t(
                status === 'awaiting_confirmation'
                  ? 'adminStores.payments.emptyQueue'
                  : 'adminStores.payments.empty',
              )}
            </EmptyState>
          )
        }
      >
        <DataTable
          columns={columns}
          rows={items}
          rowKey={(payment) => payment.id}
          rowProps={(payment) => ({ 'data-testid': `payment-${payment.reference ?? payment.id}` })}
          testId="payments-queue"
        />
      </ListView>

      {open?.action === 'confirm' && (
        <ConfirmDialog
          payment={open.payment}
          onClose={() => setOpen(null)}
          onConfirmed={(payment) => decided({ kind: 'confirmed', payment })}
        />
      )}
      {open?.action === 'refund' && (
        <RefundDialog
          payment={open.payment}
          onClose={() => setOpen(null)}
          onRefunded={(answer) => decided({ kind: 'refunded', answer })}
        />
      )}
      {open?.action === 'reject' && (
        <RejectDialog
          payment={open.payment}
          onClose={() => setOpen(null)}
          onRejected={(payment) => decided({ kind: 'rejected', payment })}
        />
      )}
    </section>
  );
}
