import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ChevronIcon } from '../../shell/icons';
import styles from './CategoriesPage.module.css';
import { ancestorsOf, type CategoryIndex, searchCategories } from './tree';
import type { AdminCategory } from './types';

/**
 * The tree, branches opened and closed by their toggle; a search shows the categories whose name
 * or code matches, opened down to them.
 */
export function CategoryTree({
  index,
  query,
  onQuery,
  selected,
  onSelect,
}: {
  index: CategoryIndex;
  query: string;
  onQuery: (query: string) => void;
  selected: AdminCategory | null;
  onSelect: (category: AdminCategory) => void;
}) {
  const { t } = useI18n();
  // The chosen category's branch opens (a reload, a new subcategory): it shows where it is.
  const [open, setOpen] = useState<Set<string>>(() => new Set());
  const selectedId = selected?.id;
  useEffect(() => {
    const category = selectedId ? index.byId.get(selectedId) : undefined;
    if (!category) return;
    setOpen(
      (current) => new Set([...current, ...ancestorsOf(index, category).map((each) => each.id)]),
    );
  }, [index, selectedId]);
  const shown = searchCategories(index, query);
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const roots = (index.childrenOf.get(null) ?? []).filter((root) => !shown || shown.has(root.id));

  return (
    <nav className={`card ${styles.treePanel}`} aria-label={t('categories.tree')}>
      <input
        type="search"
        className={`field__input ${styles.search}`}
        aria-label={t('categories.search')}
        placeholder={t('categories.searchPlaceholder')}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
      />
      {roots.length === 0 ? (
        <p className={styles.muted}>
          {query ? t('categories.noMatch', { query }) : t('categories.empty')}
        </p>
      ) : (
        <ul className={styles.tree}>
          {roots.map((root) => (
            <Branch
              key={root.id}
              category={root}
              index={index}
              shown={shown}
              open={open}
              onToggle={toggle}
              selected={selected}
              onSelect={onSelect}
            />
          ))}
        </ul>
      )}
    </nav>
  );
}

function Branch({
  category,
  index,
  shown,
  open,
  onToggle,
  selected,
  onSelect,
}: {
  category: AdminCategory;
  index: CategoryIndex;
  shown: Set<string> | null;
  open: Set<string>;
  onToggle: (id: string) => void;
  selected: AdminCategory | null;
  onSelect: (category: AdminCategory) => void;
}) {
  const { t, language } = useI18n();
  const children = (index.childrenOf.get(category.id) ?? []).filter(
    (child) => !shown || shown.has(child.id),
  );
  const expanded = children.length > 0 && (shown !== null || open.has(category.id));
  const name = category.names[language];
  return (
    <li>
      <div className={styles.row} data-level={category.level}>
        {children.length > 0 ? (
          <button
            type="button"
            className={styles.toggle}
            aria-expanded={expanded}
            aria-label={t(expanded ? 'categories.collapse' : 'categories.expand', { name })}
            onClick={() => onToggle(category.id)}
            disabled={shown !== null}
          >
            <ChevronIcon />
          </button>
        ) : (
          <span className={styles.toggleSpace} />
        )}
        <button
          type="button"
          className={styles.node}
          aria-current={selected?.id === category.id ? 'true' : undefined}
          onClick={() => onSelect(category)}
        >
          <span className={styles.nodeName}>{name}</span>
          <span className={`mono ${styles.nodeCode}`}>{category.code}</span>
          {category.forbidden && (
            <span className="status status--warn">{t('categories.forbiddenMark')}</span>
          )}
        </button>
      </div>
      {expanded && (
        <ul className={styles.tree}>
          {children.map((child) => (
            <Branch
              key={child.id}
              category={child}
              index={index}
              shown={shown}
              open={open}
              onToggle={onToggle}
              selected={selected}
              onSelect={onSelect}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
