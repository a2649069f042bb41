import { useEffect, useRef } from 'react';
import { $api, queryClient } from '../../api/query';
import { useI18n, useT } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import due from './AmountDue.module.css';
import { BankTransfer } from './BankTransfer';
import { PaymentStatusBadge, TestModeBadge } from './display';
import { formatMoney } from './format';
import styles from './PaymentPanel.module.css';
import card from './StoreCard.module.css';
import testMode from './TestMode.module.css';
import { isOpenPayment, type Payment } from './types';

/** How often a bank transfer's payment is asked about while the platform has not confirmed it. */
const pollIntervalMs = 4000;

/**
 * Paying one purchase (opening or renewal) with the provider it was started with: the sandbox's
 * test card, or the bank transfer's instructions while the page waits for the finance team.
 * `onSettled` hears the payment once it is final (succeeded, failed or cancelled).
 */
export function PaymentPanel({
  payment: initial,
  purpose = 'open',
  title,
  onSettled,
  onChangeChoice,
  changeChoiceLabel,
}: {
  payment: Payment;
  /** What the payment is for: opening the store or renewing it. */
  purpose?: 'open' | 'renewal';
  title: string;
  onSettled: (payment: Payment) => void;
  onChangeChoice?: () => void;
  changeChoiceLabel?: string;
}) {
  // The payment as last heard: the purchase's answer first, then each look at GET /payments/{id}
  // (and the sandbox's settlement, put into the same cache entry).
  const paymentQuery = usePayment(initial);
  const payment = paymentQuery.data ?? initial;
  const settledRef = useRef(onSettled);
  settledRef.current = onSettled;
  const settled = !isOpenPayment(payment);

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the payment becomes final
  useEffect(() => {
    if (settled) settledRef.current(payment);
  }, [settled]);

  return (
    <section
      className={`card ${styles.payment}`}
      data-provider={payment.provider}
      data-purpose={purpose}
      aria-labelledby="payment-title"
      data-testid="payment-panel"
    >
      {payment.testMode && <TestModeBanner />}
      <div className={card.head}>
        <h2 id="payment-title" className={card.title}>
          {title}
        </h2>
        <PaymentStatusBadge status={payment.status} />
      </div>
      <AmountDue payment={payment} purpose={purpose} />
      {payment.provider === 'sandbox' ? (
        <SandboxCheckout payment={payment} />
      ) : (
        <BankTransfer
          payment={payment}
          purpose={purpose}
          checkedAt={paymentQuery.dataUpdatedAt}
          pollError={paymentQuery.error}
        />
      )}
      {onChangeChoice && (
        <p className={styles.change}>
          <button type="button" className="link-button" onClick={onChangeChoice}>
            {changeChoiceLabel}
          </button>
        </p>
      )}
    </section>
  );
}

/**
 * One payment, asked about every few seconds (and whenever the tab comes back) while it is open:
 * a bank transfer waits for the finance team. A final one is not asked about again.
 */
function usePayment(initial: Payment) {
  return $api.useQuery(
    'get',
    '/api/v1/me/payments/{id}',
    { params: { path: { id: initial.id } } },
    {
      initialData: initial,
      // The purchase has just answered: the first look is due a poll interval later.
      staleTime: pollIntervalMs,
      // The sandbox's answer comes from this page's own buttons: nothing to wait for.
      refetchInterval: (query) => (waitsForFinance(query.state.data) ? pollIntervalMs : false),
      refetchOnWindowFocus: (query) => waitsForFinance(query.state.data),
    },
  );
}

const waitsForFinance = (payment: Payment | undefined) =>
  !!payment && payment.provider !== 'sandbox' && isOpenPayment(payment);

const paymentKey = (id: string) =>
  ['get', '/api/v1/me/payments/{id}', { params: { path: { id } } }] as const;

function TestModeBanner() {
  const t = useT();
  return (
    <div className={testMode.banner} role="note">
      <TestModeBadge />
      <span>{t('store.payment.testBanner')}</span>
    </div>
  );
}

/** The total, and what it is made of. */
function AmountDue({ payment, purpose }: { payment: Payment; purpose: 'open' | 'renewal' }) {
  const { t, language } = useI18n();
  // A renewal's deposit part is the shortfall penalties left, if any.
  const renewal = purpose === 'renewal';
  return (
    <dl className={due.amountDue}>
      <div className={due.row}>
        <dt>{t('store.payment.fee')}</dt>
        <dd>{formatMoney(payment.fee, language)}</dd>
      </div>
      {(!renewal || payment.deposit.amount > 0) && (
        <div className={due.row}>
          <dt>{t(renewal ? 'store.payment.depositTopUp' : 'store.payment.deposit')}</dt>
          <dd>{formatMoney(payment.deposit, language)}</dd>
        </div>
      )}
      <div className={`${due.row} ${due.total}`}>
        <dt>{t('store.payment.total')}</dt>
        <dd data-testid="amount-due">{formatMoney(payment.amount, language)}</dd>
      </div>
    </dl>
  );
}

const testCard = { number: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123' };

/**
 * TEST MODE: a card form filled in with a test card; nothing is sent to a bank. The two buttons
 * play the bank's answer through POST /me/payments/{id}/sandbox.
 */
function SandboxCheckout({ payment }: { payment: Payment }) {
  const { t, language } = useI18n();
  const pay = $api.useMutation('post', '/api/v1/me/payments/{id}/sandbox', {
    // The answer is the payment as it now is.
    onSuccess: (settled) => queryClient.setQueryData(paymentKey(payment.id), settled),
  });

  const settle = (outcome: 'succeed' | 'fail') =>
    pay.mutate({ params: { path: { id: payment.id } }, body: { outcome } });

  return (
    <form
      className={styles.testCard}
      onSubmit={(event) => {
        event.preventDefault();
        settle('succeed');
      }}
    >
      <fieldset className={styles.cardFields} disabled={!isOpenPayment(payment)}>
        <legend className={styles.cardLegend}>
          {t('store.payment.card.title')}
          <span className={styles.cardChip} aria-hidden="true" />
        </legend>
        <Field label={t('store.payment.card.number')} hint={t('store.payment.card.hint')}>
          {(control) => (
            <input
              {...control}
              className="field__input"
              name="cardNumber"
              inputMode="numeric"
              autoComplete="off"
              readOnly
              value={testCard.number}
            />
          )}
        </Field>
        <div className={styles.cardRow}>
          <Field label={t('store.payment.card.expiry')}>
            {(control) => (
              <input
                {...control}
                className="field__input"
                name="cardExpiry"
                autoComplete="off"
                readOnly
                value={testCard.expiry}
              />
            )}
          </Field>
          <Field label={t('store.payment.card.cvc')}>
            {(control) => (
              <input
                {...control}
                className="field__input"
                name="cardCvc"
                autoComplete="off"
                readOnly
                value={testCard.cvc}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <ErrorNotice error={pay.error} />
      {isOpenPayment(payment) && (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={pay.isPending}>
            {t('store.payment.card.succeed', { amount: formatMoney(payment.amount, language) })}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={pay.isPending}
            onClick={() => settle('fail')}
          >
            {t('store.payment.card.fail')}
          </button>
        </div>
      )}
    </form>
  );
}
