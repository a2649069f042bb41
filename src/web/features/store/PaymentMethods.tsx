import { $api } from '../../api/query';
import { useT } from '../../i18n/i18n';
import { type Choice, ChoiceCards } from '../../ui/Choices';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { FieldGroup } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { TestModeBadge } from './display';
import styles from './PaymentMethods.module.css';
import type { PaymentProvider } from './types';

/**
 * How to pay, among the ways the platform offers now: the sandbox while it is on, bank
 * transfer once the platform has entered the account to transfer to.
 */
export function PaymentMethodChoice({
  name,
  value,
  onChange,
  error,
}: {
  name: string;
  value: PaymentProvider | '';
  onChange: (provider: PaymentProvider) => void;
  error?: string | undefined;
}) {
  const t = useT();
  const offered = $api.useQuery('get', '/api/v1/me/payment-providers');
  const choices: Record<PaymentProvider, Choice<PaymentProvider>> = {
    sandbox: {
      value: 'sandbox',
      label: (
        <span className={styles.method}>
          {t('store.method.sandbox')} <TestModeBadge />
        </span>
      ),
      description: t('store.method.sandbox.description'),
    },
    offline: {
      value: 'offline',
      label: t('store.method.offline'),
      description: t('store.method.offline.description'),
    },
  };
  const providers = offered.data?.items.map((item) => item.provider);
  return (
    <FieldGroup legend={t('store.checkout.method')} error={error}>
      {providers ? (
        providers.length > 0 ? (
          <ChoiceCards
            name={name}
            value={value && providers.includes(value) ? value : ''}
            onChange={onChange}
            choices={providers.map((provider) => choices[provider])}
          />
        ) : (
          <p className="notice">{t('store.method.none')}</p>
        )
      ) : offered.isPending ? (
        <Loading />
      ) : (
        <ErrorNotice error={offered.error} onRetry={() => void offered.refetch()} />
      )}
    </FieldGroup>
  );
}
