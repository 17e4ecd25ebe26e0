/**
 * Table layout rules shared by every list: names and tags on one line, and horizontal scrolling
 * only when there are rows (an empty table that scrolls is a scrolling region with nothing to focus,
 * out of a keyboard user's reach: axe-core's scrollable-region-focusable).
 */
import type { TableProps } from 'antd';
import type { HTMLAttributes } from 'react';

/** Column props that keep a cell on one line (names, tags, dates): `{ ...noWrap, title, … }`. */
export const noWrap = {
  onCell: (): HTMLAttributes<HTMLElement> => ({ style: { whiteSpace: 'nowrap' } }),
};

/** The table's `scroll`: `x` wide when it has rows, no scrolling when it is empty. */
export function scrollWhenRows(rows: readonly unknown[] | undefined, x: number | string | true = 'max-content'): TableProps['scroll'] {
  return rows && rows.length > 0 ? { x } : undefined;
}
