import './admin.css';
import { useState } from 'react';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { CreateOperatorDialog } from './CreateOperatorDialog';
import { RequireRole } from './guards';
import { OperatorRow } from './OperatorRow';

/** Operator accounts (SPEC §9), for admins: create with TOTP, change roles, disable. */
export function OperatorsPage() {
  return (
    <RequireRole roles={['admin']}>
      <Operators />
    </RequireRole>
  );
}

function Operators() {
  const { t } = useI18n();
  usePageTitle('admin.nav.operators', 'app.console');
  const list = $api.useQuery('get', '/api/v1/admin/operators');
  const [creating, setCreating] = useState(false);

  return (
    <section className="page console-page">
      <header className="page__header page__header--actions">
        <div>
          <h1>{t('admin.nav.operators')}</h1>
          <p className="page__summary">{t('console.operators.summary')}</p>
        </div>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          {t('console.operators.new')}
        </button>
      </header>
      {list.data ? (
        <div className="card table-card">
          <table className="data-table" data-testid="operators">
            <thead>
              <tr>
                <th scope="col">{t('console.operators.col.operator')}</th>
                <th scope="col">{t('console.operators.col.roles')}</th>
                <th scope="col">{t('console.operators.col.status')}</th>
                <th scope="col">{t('console.operators.col.lastLogin')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('console.operators.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.operators.map((operator) => (
                <OperatorRow key={operator.id} operator={operator} />
              ))}
            </tbody>
          </table>
        </div>
      ) : list.isPending ? (
        <div className="card">
          <Loading />
        </div>
      ) : (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      )}
      {creating && <CreateOperatorDialog onClose={() => setCreating(false)} />}
    </section>
  );
}
