import { useEffect, useRef, type ReactNode } from 'react';
import { cn } from './cn';

export interface DataColumn<T> {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The row's title: first cell in the table, the heading line of a card. One column should be primary. */
  isPrimary?: boolean;
  /** Header read by screen readers only (an actions column); on cards the cell goes in the footer, unlabelled. */
  isHeaderHidden?: boolean;
  /** Classes for the column's cells in the table layout (width, alignment, wrapping). */
  className?: string;
}

export interface DataTableSelection<T> {
  selected: ReadonlySet<string>;
  onChange: (key: string, isSelected: boolean) => void;
  onChangeAll: (isSelected: boolean) => void;
  selectAllLabel: string;
  selectRowLabel: (row: T) => string;
}

export interface DataTableProps<T> {
  /** Names the table (a caption) or the card list (its label). */
  caption: string;
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** `table` on wide screens; `cards` stacks each row as a card on phones (no horizontal scroll). */
  layout: 'table' | 'cards';
  selection?: DataTableSelection<T>;
  className?: string;
}

interface SelectBoxProps {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: (checked: boolean) => void;
  /** Shows the label beside the box (the select-all box above cards, where no header explains it). */
  isLabelVisible?: boolean;
}

function SelectBox({ label, checked, indeterminate = false, onChange, isLabelVisible = false }: SelectBoxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <label
      className={cn('-m-2 flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-3', isLabelVisible && 'pr-2')}
      title={label}
    >
      <input
        ref={ref}
        type="checkbox"
        aria-label={isLabelVisible ? undefined : label}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="size-5 cursor-pointer accent-[var(--accent)]"
      />
      {isLabelVisible && <span className="text-sm font-medium text-text">{label}</span>}
    </label>
  );
}

/** Rows of data as a real table on wide screens and as stacked, labelled cards on phones, with optional row selection. */
export function DataTable<T>({ caption, columns, rows, rowKey, layout, selection, className }: DataTableProps<T>) {
  const selectedCount = selection ? rows.filter((row) => selection.selected.has(rowKey(row))).length : 0;
  const allBox = (isLabelVisible: boolean) =>
    selection && (
      <SelectBox
        isLabelVisible={isLabelVisible}
        label={selection.selectAllLabel}
        checked={rows.length > 0 && selectedCount === rows.length}
        indeterminate={selectedCount > 0 && selectedCount < rows.length}
        onChange={selection.onChangeAll}
      />
    );
  const rowBox = (row: T) =>
    selection && (
      <SelectBox
        label={selection.selectRowLabel(row)}
        checked={selection.selected.has(rowKey(row))}
        onChange={(checked) => selection.onChange(rowKey(row), checked)}
      />
    );

  if (layout === 'cards') {
    const primary = columns.find((column) => column.isPrimary);
    const labelled = columns.filter((column) => !column.isPrimary && !column.isHeaderHidden);
    const footer = columns.filter((column) => column.isHeaderHidden);
    return (
      <div className={cn('flex flex-col gap-2', className)}>
        {selection && rows.length > 0 && <div className="flex items-center px-4">{allBox(true)}</div>}
        <ul aria-label={caption} className="flex flex-col gap-3">
          {rows.map((row) => (
            <li
              key={rowKey(row)}
              className={cn(
                'flex flex-col gap-3 rounded-2xl border bg-surface p-4 shadow-card',
                selection?.selected.has(rowKey(row)) ? 'border-accent-text' : 'border-border',
              )}
            >
              <div className="flex min-w-0 items-start gap-3">
                {rowBox(row)}
                {primary && <div className="min-w-0 flex-1">{primary.cell(row)}</div>}
              </div>
              {labelled.length > 0 && (
                <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm min-[22rem]:grid-cols-3">
                  {labelled.map((column) => (
                    <div key={column.id} className="flex min-w-0 flex-col gap-0.5">
                      <dt className="text-xs text-text-muted">{column.header}</dt>
                      <dd className="min-w-0 break-words">{column.cell(row)}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {footer.map((column) => (
                <div key={column.id} className="flex flex-wrap gap-2 border-t border-border pt-3">
                  {column.cell(row)}
                </div>
              ))}
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <div className={cn('overflow-x-auto rounded-2xl border border-border bg-surface shadow-card', className)}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-border bg-surface-muted text-text-muted">
          <tr>
            {selection && (
              <th scope="col" className="w-12 px-3 py-2">
                {allBox(false)}
              </th>
            )}
            {columns.map((column) => (
              <th key={column.id} scope="col" className={cn('px-2.5 py-2.5 font-medium whitespace-nowrap', column.className)}>
                {column.isHeaderHidden ? <span className="sr-only">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isSelected = selection?.selected.has(rowKey(row)) ?? false;
            return (
              <tr
                key={rowKey(row)}
                className={cn('border-b border-border last:border-b-0', isSelected ? 'bg-accent-soft' : 'hover:bg-surface-muted/60')}
              >
                {selection && <td className="px-3 py-2">{rowBox(row)}</td>}
                {columns.map((column) =>
                  column.isPrimary ? (
                    <th key={column.id} scope="row" className={cn('px-2.5 py-2 text-left font-normal', column.className)}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.id} className={cn('px-2.5 py-2 align-middle', column.className)}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
