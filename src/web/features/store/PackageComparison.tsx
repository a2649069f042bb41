import { useI18n } from '../../i18n/i18n';
import { CheckIcon, DashIcon } from '../../shell/icons';
import { capabilityLabels } from './display';
import { formatCount, formatMoney } from './format';
import styles from './PackageComparison.module.css';
import card from './StoreCard.module.css';
import { capabilityKeys, type StorePackage } from './types';

/**
 * A store type's packages side by side: the same rows in the same order in every column (fee,
 * deposit, product limit, capabilities), so they compare at a glance. On phones the columns
 * stack, each still a complete card.
 */
export function PackageComparison({
  packages,
  selectedId,
  disabled,
  onChoose,
}: {
  packages: readonly StorePackage[];
  selectedId: string | null;
  /** The merchant's account cannot open this type: packages are shown, not chosen. */
  disabled: boolean;
  onChoose: (pkg: StorePackage) => void;
}) {
  const { t, language } = useI18n();
  if (packages.length === 0) {
    return <p className={card.summary}>{t('store.packages.none')}</p>;
  }
  return (
    <ul className={styles.packages} data-count={Math.min(packages.length, 4)}>
      {packages.map((pkg) => {
        const selected = pkg.id === selectedId;
        return (
          <li
            key={pkg.id}
            className={styles.package}
            data-selected={selected || undefined}
            data-testid={`package-${pkg.code}`}
          >
            <h3 className={styles.name}>{pkg.name}</h3>
            <p className={styles.price}>
              <span className={styles.fee}>
                {pkg.fee.amount === 0 ? t('store.packages.free') : formatMoney(pkg.fee, language)}
              </span>
              {pkg.fee.amount > 0 && (
                <span className={styles.per}>{t('store.packages.perYear')}</span>
              )}
            </p>
            <dl className={styles.facts}>
              <div className={styles.fact}>
                <dt>{t('store.packages.deposit')}</dt>
                <dd>
                  {formatMoney(pkg.deposit, language)}
                  {pkg.depositByCategory.length > 0 && (
                    <span className={styles.note}>{t('store.packages.depositVaries')}</span>
                  )}
                </dd>
              </div>
              <div className={styles.fact}>
                <dt>{t('store.packages.dueToOpen')}</dt>
                <dd>
                  {formatMoney(
                    { ...pkg.fee, amount: pkg.fee.amount + pkg.deposit.amount },
                    language,
                  )}
                </dd>
              </div>
              <div className={styles.fact}>
                <dt>{t('store.packages.productLimit')}</dt>
                <dd>
                  {t('store.packages.products', { count: formatCount(pkg.productLimit, language) })}
                </dd>
              </div>
              {capabilityKeys.map((key) => (
                <div key={key} className={styles.fact} data-included={pkg.capabilities[key]}>
                  <dt>{t(capabilityLabels[key])}</dt>
                  <dd>
                    <span aria-hidden="true" className={styles.mark}>
                      {pkg.capabilities[key] ? <CheckIcon /> : <DashIcon />}
                    </span>
                    <span className="visually-hidden">
                      {t(
                        pkg.capabilities[key]
                          ? 'store.packages.included'
                          : 'store.packages.notIncluded',
                      )}
                    </span>
                  </dd>
                </div>
              ))}
            </dl>
            {pkg.depositByCategory.length > 0 && (
              <details className={styles.categories}>
                <summary>{t('store.packages.byCategory')}</summary>
                <ul>
                  {pkg.depositByCategory.map((entry) => (
                    <li key={entry.category}>
                      <span>{entry.category}</span>
                      <span>{formatMoney(entry.deposit, language)}</span>
                    </li>
                  ))}
                </ul>
              </details>
            )}
            <button
              type="button"
              className={`button ${selected ? 'button--primary' : 'button--secondary'} ${styles.choose}`}
              aria-pressed={selected}
              disabled={disabled}
              onClick={() => onChoose(pkg)}
            >
              {selected
                ? t('store.packages.chosen')
                : t('store.packages.choose', { name: pkg.name })}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
