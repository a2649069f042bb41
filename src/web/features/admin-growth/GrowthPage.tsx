import '../admin/admin.css';
import './growth.css';
import { useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Tabs } from '../../ui/Tabs';
import { RequireRole } from '../admin/guards';
import { useOperatorResource } from '../admin/hooks';
import { initialAnswers, type PreviewAnswers, PreviewPanel } from './PreviewPanel';
import { RulesPanel } from './RulesPanel';
import { TasksPanel } from './TasksPanel';
import type { GrowthRule, GrowthTask } from './types';

type Tab = 'rules' | 'tasks' | 'preview';
const tabs: readonly Tab[] = ['rules', 'tasks', 'preview'];

/** The growth-plan editor (SPEC §2, §9), for admins: rules, tasks and a preview of the plan. */
export function GrowthPage() {
  return (
    <RequireRole roles={['admin']}>
      <GrowthEditor />
    </RequireRole>
  );
}

function tabFromAddress(): Tab {
  const tab = new URLSearchParams(window.location.search).get('tab') as Tab | null;
  return tab && tabs.includes(tab) ? tab : 'rules';
}

function GrowthEditor() {
  const { t, language } = useI18n();
  usePageTitle('growthAdmin.nav', 'app.console');
  const [tab, setTab] = useState<Tab>(tabFromAddress);
  const [notice, setNotice] = useState<string | null>(null);
  const [answers, setAnswers] = useState<PreviewAnswers>(() => initialAnswers(language));
  const tasks = useOperatorResource((signal) =>
    api.get<{ items: GrowthTask[]; milestones: string[] }>('/admin/growth/tasks', { signal }),
  );
  const rules = useOperatorResource((signal) =>
    api.get<{ items: GrowthRule[] }>('/admin/growth/rules', { signal }),
  );

  const select = (next: Tab) => {
    setTab(next);
    setNotice(null);
    window.history.replaceState(null, '', `${window.location.pathname}?tab=${next}`);
  };
  const saved = () => setNotice(t('growthAdmin.saved'));

  return (
    <section className="page console-page growth-admin">
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
            <RulesPanel
              rules={rules.data.items}
              tasks={tasks.data.items}
              onChanged={() => {
                rules.reload();
                saved();
              }}
            />
          )}
          {tab === 'tasks' && (
            <TasksPanel
              tasks={tasks.data.items}
              milestones={tasks.data.milestones}
              rules={rules.data.items}
              onSaved={() => {
                tasks.reload();
                saved();
              }}
            />
          )}
          {tab === 'preview' && <PreviewPanel answers={answers} onChange={setAnswers} />}
        </Tabs>
      ) : tasks.loading || rules.loading ? (
        <div className="card">
          <Loading />
        </div>
      ) : (
        <ErrorNotice
          error={tasks.error ?? rules.error}
          onRetry={() => {
            tasks.reload();
            rules.reload();
          }}
        />
      )}
    </section>
  );
}
