import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Tabs } from '../../ui/Tabs';
import { RequireRole } from '../admin/guards';
import styles from './growth.module.css';
import type { GrowthTab } from './growthSearch';
import { initialAnswers, type PreviewAnswers, PreviewPanel } from './PreviewPanel';
import { RulesPanel } from './RulesPanel';
import { TasksPanel } from './TasksPanel';

const growthRoute = getRouteApi('/admin/operator/growth');

/** The growth-plan editor (SPEC §2, §9), for admins: rules, tasks and a preview of the plan. */
export function GrowthPage() {
  return (
    <RequireRole roles={['admin']}>
      <GrowthEditor />
    </RequireRole>
  );
}

function GrowthEditor() {
  const { t, language } = useI18n();
  usePageTitle('growthAdmin.nav', 'app.console');
  const tab = growthRoute.useSearch({ select: (search) => search.tab ?? 'rules' });
  const navigate = growthRoute.useNavigate();
  const [notice, setNotice] = useState<string | null>(null);
  // Kept here, so the answers stay as they were when the operator comes back to the preview.
  const [answers, setAnswers] = useState<PreviewAnswers>(() => initialAnswers(language));
  const tasks = $api.useQuery('get', '/api/v1/admin/growth/tasks');
  const rules = $api.useQuery('get', '/api/v1/admin/growth/rules');

  const select = (next: GrowthTab) => {
    setNotice(null);
    void navigate({ search: { tab: next } });
  };
  const saved = () => setNotice(t('growthAdmin.saved'));

  return (
    <section className={`page console-page ${styles.page}`}>
      <header className="page__header">
        <h1>{t('growthAdmin.nav')}</h1>
        <p className="page__summary">{t('growthAdmin.summary')}</p>
      </header>
      {tasks.data && rules.data ? (
        <Tabs
          label={t('growthAdmin.tabs')}
          selected={tab}
          onSelect={select}
          tabs={[
            {
              key: 'rules',
              label: t('growthAdmin.tab.rules', { count: rules.data.items.length }),
            },
            {
              key: 'tasks',
              label: t('growthAdmin.tab.tasks', { count: tasks.data.items.length }),
            },
            { key: 'preview', label: t('growthAdmin.tab.preview') },
          ]}
        >
          <SuccessNotice>{notice}</SuccessNotice>
          {tab === 'rules' && (
            <RulesPanel rules={rules.data.items} tasks={tasks.data.items} onChanged={saved} />
          )}
          {tab === 'tasks' && (
            <TasksPanel
              tasks={tasks.data.items}
              milestones={tasks.data.milestones}
              rules={rules.data.items}
              onSaved={saved}
            />
          )}
          {tab === 'preview' && <PreviewPanel answers={answers} onChange={setAnswers} />}
        </Tabs>
      ) : tasks.isPending || rules.isPending ? (
        <div className="card">
          <Loading />
        </div>
      ) : (
        <ErrorNotice
          error={tasks.error ?? rules.error}
          onRetry={() => {
            void tasks.refetch();
            void rules.refetch();
          }}
        />
      )}
    </section>
  );
}
