import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { CategoriesIcon } from '../../shell/icons';
import { usePageTitle } from '../../shell/usePageTitle';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { RequireRole } from '../admin/guards';
import { AddCategoryDialog } from './AddCategoryDialog';
import styles from './CategoriesPage.module.css';
import { CategoryDetail } from './CategoryDetail';
import { CategoryTree } from './CategoryTree';
import { indexCategories } from './tree';
import type { AdminCategory } from './types';

const categoriesRoute = getRouteApi('/admin/operator/categories');

/** Admins keep the category tree: names, commission rates, forbidden flags, attribute templates. */
export function CategoriesPage() {
  return (
    <RequireRole roles={['admin']}>
      <Categories />
    </RequireRole>
  );
}

function Categories() {
  const { t, language } = useI18n();
  usePageTitle('categories.title', 'app.console');
  const search = categoriesRoute.useSearch();
  const navigate = categoriesRoute.useNavigate();
  const list = $api.useQuery('get', '/api/v1/admin/categories');
  const items = list.data?.items;
  const index = useMemo(() => indexCategories(items ?? []), [items]);
  const selected = items?.find((item) => item.code === search.code) ?? null;
  const [adding, setAdding] = useState<{ parent: AdminCategory | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const choose = (code: string | undefined) => {
    setNotice(null);
    void navigate({ search: (current) => ({ ...current, code }), replace: true });
  };

  return (
    <section className="page console-page">
      <header className={`page__header ${styles.header}`}>
        <div>
          <h1>{t('categories.title')}</h1>
          <p className="page__summary">{t('categories.summary')}</p>
        </div>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setAdding({ parent: null })}
        >
          {t('categories.addTop')}
        </button>
      </header>
      <SuccessNotice>{notice}</SuccessNotice>
      {list.error ? (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      ) : !items ? (
        <Loading />
      ) : (
        <div className={styles.layout}>
          <CategoryTree
            index={index}
            query={search.q ?? ''}
            onQuery={(q) =>
              void navigate({
                search: (current) => ({ ...current, q: q === '' ? undefined : q }),
                replace: true,
              })
            }
            selected={selected}
            onSelect={(category) => choose(category.code)}
          />
          {selected ? (
            <CategoryDetail
              key={`${selected.id}:${selected.updatedAt}`}
              category={selected}
              index={index}
              onAddChild={() => setAdding({ parent: selected })}
              onSaved={setNotice}
              onDeleted={() => {
                const name = selected.names[language];
                const parent = selected.parentId ? index.byId.get(selected.parentId) : undefined;
                choose(parent?.code);
                setNotice(t('categories.deleted', { name }));
              }}
            />
          ) : (
            <EmptyState icon={<CategoriesIcon />}>{t('categories.choose')}</EmptyState>
          )}
        </div>
      )}
      {adding && (
        <AddCategoryDialog
          parent={adding.parent}
          onClose={() => setAdding(null)}
          onAdded={(category) => {
            setAdding(null);
            choose(category.code);
            setNotice(t('categories.created', { name: category.names[language] }));
          }}
        />
      )}
    </section>
  );
}
