import type { HTMLAttributes, ReactNode } from 'react';

export type Column<Row> = {
  key: string;
  /** The column's name: its header, and the label each cell shows beside it on a phone. */
  label: string;
  /** A header other than the label (e.g. a visually hidden one); the phone label stays. */
  header?: ReactNode;
  /** Cells without a phone label (a row's buttons). */
  unlabelled?: boolean;
  /** On the header and the column's cells (alignment, widths). */
  className?: string;
  cell: (row: Row) => ReactNode;
};

type RowAttributes = HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: unknown };

/**
 * A console list as a table with column headers; on a phone each row becomes a card whose cells
 * are labelled by their column (admin.css `.data-table`). `rowLink`: the row's one link covers it.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  rowProps,
  rowLink = false,
  className,
  testId,
}: {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  rowProps?: (row: Row) => RowAttributes;
  rowLink?: boolean;
  className?: string;
  testId?: string;
}) {
  return (
    <div className="card table-card">
      <table className={['data-table', className].filter(Boolean).join(' ')} data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.className}>
                {column.header ?? column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className={rowLink ? 'data-table__row--link' : undefined}
              {...rowProps?.(row)}
            >
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
        </tbody>
      </table>
    </div>
  );
}
