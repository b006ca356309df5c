import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The column that names the row (a <th scope="row">), read first by screen readers. */
  rowHeader?: boolean;
  className?: string;
}

interface DataTableProps<Row> {
  /** What the table lists; hidden when a heading above already says it. */
  caption: string;
  captionVisible?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  rowClassName?: (row: Row) => string | undefined;
  rowTestId?: string;
  compact?: boolean;
  testId?: string;
  footer?: ReactNode;
}

/** The one table style of the app. */
export function DataTable<Row>({
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey,
  rowClassName,
  rowTestId,
  compact,
  testId,
  footer,
}: DataTableProps<Row>) {
  return (
    <table className={compact ? 'data-table data-table--compact' : 'data-table'} data-testid={testId}>
      <caption className={captionVisible ? undefined : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={column.className}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)} data-testid={rowTestId}>
            {columns.map((column) =>
              column.rowHeader ? (
                <th key={column.key} scope="row" className={column.className}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.key} className={column.className}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {footer && <tfoot>{footer}</tfoot>}
    </table>
  );
}
