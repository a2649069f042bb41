import { useState } from 'react';
import { $api } from '../../api/query';
import { useT } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { RequireRole } from '../admin/guards';
import { PackageDialog } from './PackageDialog';
import { StoreTypeCard } from './StoreTypeCard';
import styles from './StoreTypesPage.module.css';
import { TypeDialog } from './TypeDialog';
import type { AdminPackage, AdminStoreType } from './types';

/** Admins configure what merchants can buy (SPEC §4): store types and their packages. */
export function StoreTypesPage() {
  return (
    <RequireRole roles={['admin']}>
      <StoreTypes />
    </RequireRole>
  );
}

type Editing =
  | { kind: 'type'; type: AdminStoreType | null }
  | { kind: 'package'; type: AdminStoreType; pkg: AdminPackage | null };

function StoreTypes() {
  const t = useT();
  usePageTitle('adminStores.nav.storeTypes', 'app.console');
  const catalog = $api.useQuery('get', '/api/v1/admin/store-types');
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);

  return (
    <section className="page console-page">
      <PageHeader
        title={t('adminStores.nav.storeTypes')}
        summary={t('adminStores.types.summary')}
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing({ kind: 'type', type: null })}
          >
            {t('adminStores.types.add')}
          </button>
        }
      />

      {catalog.data ? (
        <div className={styles.catalog}>
          {catalog.data.map((type) => (
            <StoreTypeCard
              key={type.id}
              type={type}
              onEdit={() => setEditing({ kind: 'type', type })}
              onEditPackage={(pkg) => setEditing({ kind: 'package', type, pkg })}
            />
          ))}
        </div>
      ) : catalog.isPending ? (
        <div className="card">
          <Loading />
        </div>
      ) : (
        <ErrorNotice error={catalog.error} onRetry={() => void catalog.refetch()} />
      )}

      {editing?.kind === 'type' && (
        <TypeDialog type={editing.type} onClose={close} onSaved={close} />
      )}
      {editing?.kind === 'package' && (
        <PackageDialog type={editing.type} pkg={editing.pkg} onClose={close} onSaved={close} />
      )}
    </section>
  );
}
