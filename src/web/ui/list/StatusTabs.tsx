import type { ReactNode } from 'react';
import { Tabs } from '../Tabs';
import styles from './StatusTabs.module.css';

export type StatusTab<K extends string> = {
  key: K;
  label: string;
  /** How many the list holds in this status; null while not known yet. */
  count?: number | null;
};

/**
 * A list's status filter as tabs, each with its count; every status stays in sight (on a phone
 * the tabs wrap onto a second row). The list is the selected tab's panel (`children`).
 */
export function StatusTabs<K extends string>({
  label,
  tabs,
  selected,
  onSelect,
  countTitle,
  countTestId,
  children,
}: {
  label: string;
  tabs: readonly StatusTab<K>[];
  selected: K;
  onSelect: (key: K) => void;
  /** The count's tooltip ("12 cases in this status"). */
  countTitle?: (count: number) => string;
  /** Each count's test id is `${countTestId}-${key}`. */
  countTestId?: string;
  children: ReactNode;
}) {
  return (
    <div className={styles.statusTabs}>
      <Tabs
        label={label}
        selected={selected}
        onSelect={onSelect}
        tabs={tabs.map((tab) => ({
          key: tab.key,
          label: (
            <>
              {tab.label}
              {tab.count != null && (
                <span
                  className={styles.count}
                  data-testid={countTestId ? `${countTestId}-${tab.key}` : undefined}
                  title={countTitle?.(tab.count)}
                >
                  {tab.count}
                </span>
              )}
            </>
          ),
        }))}
      >
        {children}
      </Tabs>
    </div>
  );
}
