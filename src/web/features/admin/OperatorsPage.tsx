import { useState } from 'react';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Table } from '../../ui/list';
import { PageHeader } from '../../ui/PageHeader';
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
      <PageHeader
        title={t('admin.nav.operators')}
        summary={t('console.operators.summary')}
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCreating(true)}
          >
            {t('console.operators.new')}
          </button>
        }
      />
      {list.data ? (
        <Table
          columns={[
            { key: 'operator', label: t('console.operators.col.operator') },
            { key: 'roles', label: t('console.operators.col.roles') },
            { key: 'status', label: t('console.operators.col.status') },
            { key: 'lastLogin', label: t('console.operators.col.lastLogin') },
            {
              key: 'actions',
              label: t('console.operators.col.actions'),
              header: <span className="visually-hidden">{t('console.operators.col.actions')}</span>,
            },
          ]}
          testId="operators"
        >
          {list.data.operators.map((operator) => (
            <OperatorRow key={operator.id} operator={operator} />
          ))}
        </Table>
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
