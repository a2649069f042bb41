import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { type Leaf, pathSeparator, searchLeaves } from './categories';
import styles from './ProductForm.module.css';

const shownAtOnce = 40;

/**
 * The product's category: the chosen leaf's path (女装 › 连衣裙), or a search over the tree by
 * name in either language or by code, listing leaves only (a product sits in a leaf).
 */
export function CategoryPicker({
  leaves,
  value,
  onChange,
  error,
}: {
  leaves: readonly Leaf[];
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
}) {
  const t = useT();
  const chosen = leaves.find((leaf) => leaf.id === value);
  const [open, setOpen] = useState(!chosen);
  const [query, setQuery] = useState('');
  const listId = useId();
  const found = useMemo(() => searchLeaves(leaves, query), [leaves, query]);
  return (
    <Field label={t('product.category.label')} hint={t('product.category.hint')} error={error}>
      {(control) =>
        open || !chosen ? (
          <div className={styles.picker}>
            <input
              {...control}
              type="search"
              className="field__input"
              placeholder={t('product.category.search')}
              aria-controls={listId}
              autoComplete="off"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <ul
              id={listId}
              className={styles.pickerList}
              aria-label={t('product.category.results')}
            >
              {found.slice(0, shownAtOnce).map((leaf) => (
                <li key={leaf.id}>
                  <button
                    type="button"
                    className={styles.pickerOption}
                    aria-current={leaf.id === value || undefined}
                    onClick={() => {
                      onChange(leaf.id);
                      setOpen(false);
                      setQuery('');
                    }}
                  >
                    {leaf.path.join(pathSeparator)}
                    <span className={styles.code}>{leaf.code}</span>
                  </button>
                </li>
              ))}
              {found.length === 0 && <li className={styles.muted}>{t('product.category.none')}</li>}
              {found.length > shownAtOnce && (
                <li className={styles.muted}>
                  {t('product.category.more', { count: found.length - shownAtOnce })}
                </li>
              )}
            </ul>
            {chosen && (
              <button type="button" className="link-button" onClick={() => setOpen(false)}>
                {t('ui.cancel')}
              </button>
            )}
          </div>
        ) : (
          <div className={styles.chosen}>
            <span data-testid="category-path">{chosen.path.join(pathSeparator)}</span>
            <button
              {...control}
              type="button"
              className="button button--secondary button--small"
              onClick={() => setOpen(true)}
            >
              {t('product.category.change')}
            </button>
          </div>
        )
      }
    </Field>
  );
}
