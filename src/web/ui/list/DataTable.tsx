import type { HTMLAttributes, ReactNode } from 'react';
import { classes } from '../classes';
import styles from './DataTable.module.css';

export type Column<Row> = {
  key: string;
  /** The column's name: its header, and the label each cell shows beside it on a phone. */
  label: string;
  /** A header other than the label (e.g. a visually hidden one); the phone label stays. */
  header?: ReactNode;
  /** Cells without a phone label (a row's buttons). */
  unlabelled?: boolean;
  /** On the header and the column's cells (alignment, widths): e.g. `cell.number`. */
  className?: string;
  cell: (row: Row) => ReactNode;
};

/** A column's header only, for a Table whose rows draw their own cells. */
export type ColumnHead = Pick<Column<unknown>, 'key' | 'label' | 'header' | 'className'>;

type RowAttributes = HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: unknown };

/**
 * What a table's cells are made of, for the cells a caller draws: a line that names the row and
 * lines under it, the row's one link (it covers the row), numbers, and the row's buttons.
 */
export const cell = {
  /** The cell's first line, in bold (a name, an amount). */
  main: styles.main,
  /** A quieter line under it (an e-mail, a code, a breakdown). */
  sub: styles.sub,
  /** The link that opens the row: on a `rowLink` table the whole row is its target. */
  rowLink: styles.rowLink,
  /** A column of amounts or counts, right-aligned in tabular figures (a Column's className). */
  number: styles.number,
  /** The cell of the row's buttons: at the row's end, under the rest on a phone. */
  actions: styles.actions,
} as const;

/**
 * A console table with column headers; on a phone each row becomes a card whose cells are
 * labelled by their column (a cell's `data-label`). The rows are the caller's (`children`), for
 * rows with a state of their own; DataTable draws them from columns. `framed`: in a card of its
 * own (off when the table sits in a card already).
 */
export function Table({
  columns,
  children,
  framed = true,
  breakWords = false,
  className,
  testId,
}: {
  columns: readonly ColumnHead[];
  children: ReactNode;
  framed?: boolean;
  /** Names and codes break between words only (long identifiers stay whole). */
  breakWords?: boolean;
  className?: string;
  testId?: string;
}) {
  const table = (
    <table
      className={classes(styles.table, breakWords && styles.breakWords, className)}
      data-testid={testId}
    >
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={column.className}>
              {column.header ?? column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return framed ? <div className={`card ${styles.frame}`}>{table}</div> : table;
}

/** A console list as a Table drawn from its columns. `rowLink`: the row's one link covers it. */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  rowProps,
  rowLink = false,
  breakWords,
  className,
  testId,
}: {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  rowProps?: (row: Row) => RowAttributes;
  rowLink?: boolean;
  breakWords?: boolean;
  className?: string;
  testId?: string;
}) {
  return (
    <Table columns={columns} breakWords={breakWords} className={className} testId={testId}>
      {rows.map((row) => (
        <tr key={rowKey(row)} className={rowLink ? styles.linkRow : undefined} {...rowProps?.(row)}>
          {columns.map((column) => (
            <td
              key={column.key}
              className={column.className}
              data-label={column.unlabelled ? undefined : column.label}
            >
              {column.cell(row)}
            </td>
          ))}
        </tr>
      ))}
    </Table>
  );
}
