import { useI18n } from '../../i18n/i18n';
import { cell, Table } from '../../ui/list';
import { capabilityLabels } from '../store/display';
import { formatCount, formatMoney } from '../store/format';
import { type Capabilities, capabilityKeys } from '../store/types';
import styles from './StoreTypesPage.module.css';
import type { AdminPackage, AdminStoreType } from './types';

/** One store type: its names, who may open it, and its packages side by side in a table. */
export function StoreTypeCard({
  type,
  onEdit,
  onEditPackage,
}: {
  type: AdminStoreType;
  onEdit: () => void;
  /** A package to change, or null to add one. */
  onEditPackage: (pkg: AdminPackage | null) => void;
}) {
  const { t, language } = useI18n();
  const other = language === 'en' ? 'zh-CN' : 'en';
  return (
    <section
      className={`card ${styles.type}`}
      aria-labelledby={`type-${type.id}`}
      data-testid={`store-type-${type.code}`}
      data-active={type.active}
    >
      <div className={styles.head}>
        <div>
          <h2 id={`type-${type.id}`} className={styles.title}>
            {type.names[language]}
            <span className={styles.otherName} lang={other}>
              {type.names[other]}
            </span>
          </h2>
          <p className={styles.meta}>
            <span className="tag tag--muted mono">{type.code}</span>
            <span className={`tag ${type.active ? 'tag--ok' : 'tag--muted'}`}>
              {t(type.active ? 'adminStores.active' : 'adminStores.inactive')}
            </span>
            <span className="tag tag--info">
              {type.accountTypes
                .map((accountType) => t(`adminStores.accountType.${accountType}`))
                .join(' · ')}
            </span>
            {type.requiresTrademark && (
              <span className="tag tag--info">{t('adminStores.types.trademark')}</span>
            )}
          </p>
          {type.descriptions[language] && (
            <p className={styles.description}>{type.descriptions[language]}</p>
          )}
        </div>
        <div className="row-actions">
          <button type="button" className="button button--secondary button--small" onClick={onEdit}>
            {t('adminStores.edit')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onEditPackage(null)}
          >
            {t('adminStores.packages.add')}
          </button>
        </div>
      </div>
      {type.packages.length === 0 ? (
        <p className={styles.empty}>{t('adminStores.packages.none')}</p>
      ) : (
        <PackageTable type={type} onEditPackage={onEditPackage} />
      )}
    </section>
  );
}

function PackageTable({
  type,
  onEditPackage,
}: {
  type: AdminStoreType;
  onEditPackage: (pkg: AdminPackage) => void;
}) {
  const { t, language } = useI18n();
  const other = language === 'en' ? 'zh-CN' : 'en';
  return (
    <Table
      framed={false}
      className={styles.packages}
      columns={[
        { key: 'package', label: t('adminStores.packages.col.package') },
        { key: 'fee', label: t('adminStores.packages.fee'), className: cell.number },
        { key: 'deposit', label: t('adminStores.packages.deposit'), className: cell.number },
        { key: 'limit', label: t('adminStores.packages.productLimit'), className: cell.number },
        { key: 'capabilities', label: t('adminStores.packages.capabilities') },
        { key: 'state', label: t('adminStores.packages.col.state') },
        {
          key: 'edit',
          label: t('adminStores.edit'),
          header: <span className="visually-hidden">{t('adminStores.edit')}</span>,
        },
      ]}
    >
      {type.packages.map((pkg) => (
        <tr key={pkg.id} data-testid={`package-${type.code}-${pkg.code}`}>
          <td data-label={t('adminStores.packages.col.package')}>
            <span className={cell.main}>{pkg.names[language]}</span>
            <span className={cell.sub}>
              <span lang={other}>{pkg.names[other]}</span> ·{' '}
              <span className="mono">{pkg.code}</span>
            </span>
          </td>
          <td data-label={t('adminStores.packages.fee')} className={cell.number}>
            {formatMoney(pkg.fee, language)}
          </td>
          <td data-label={t('adminStores.packages.deposit')} className={cell.number}>
            {formatMoney(pkg.deposit, language)}
            {pkg.depositByCategory.length > 0 && (
              <span className={cell.sub}>
                {t('adminStores.packages.categoryCount', {
                  count: pkg.depositByCategory.length,
                })}
              </span>
            )}
          </td>
          <td data-label={t('adminStores.packages.productLimit')} className={cell.number}>
            {formatCount(pkg.productLimit, language)}
          </td>
          <td data-label={t('adminStores.packages.capabilities')}>
            <CapabilityList capabilities={pkg.capabilities} />
          </td>
          <td data-label={t('adminStores.packages.col.state')}>
            <span className={`tag ${pkg.active ? 'tag--ok' : 'tag--muted'}`}>
              {t(pkg.active ? 'adminStores.active' : 'adminStores.inactive')}
            </span>
          </td>
          <td className={cell.actions}>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onEditPackage(pkg)}
            >
              {t('adminStores.edit')}
            </button>
          </td>
        </tr>
      ))}
    </Table>
  );
}

function CapabilityList({ capabilities }: { capabilities: Capabilities }) {
  const { t } = useI18n();
  const included = capabilityKeys.filter((key) => capabilities[key]);
  if (included.length === 0) return <span className={cell.sub}>—</span>;
  return (
    <span className={styles.capabilities}>
      {included.map((key) => (
        <span key={key} className="tag tag--muted">
          {t(capabilityLabels[key])}
        </span>
      ))}
    </span>
  );
}
