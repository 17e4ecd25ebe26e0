import { Flex, Typography, theme } from 'antd';
import type { HTMLAttributes, Key, ReactNode } from 'react';

/**
 * A plain list of records with a divider between them and actions on the right — what antd's
 * deprecated `List` was used for. Each item carries `itemProps` (a test id, data attributes).
 */
export function ItemList<T>({
  items,
  rowKey,
  renderItem,
  actions,
  header,
  itemProps,
  ...rest
}: {
  items: T[];
  rowKey: (item: T) => Key;
  renderItem: (item: T) => ReactNode;
  actions?: (item: T) => ReactNode;
  header?: ReactNode;
  itemProps?: (item: T) => HTMLAttributes<HTMLLIElement> & Record<`data-${string}`, string>;
} & HTMLAttributes<HTMLDivElement> & Record<`data-${string}`, string>) {
  const { token } = theme.useToken();
  return (
    <div {...rest}>
      {header && (
        <div style={{ padding: '8px 0', borderBottom: `1px solid ${token.colorSplit}` }}>
          <Typography.Text>{header}</Typography.Text>
        </div>
      )}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item, index) => (
          <li
            key={rowKey(item)}
            {...itemProps?.(item)}
            style={{ padding: '10px 0', borderBottom: index < items.length - 1 ? `1px solid ${token.colorSplit}` : undefined }}
          >
            <Flex justify="space-between" align="start" gap={12}>
              <div style={{ flex: 1, minWidth: 0 }}>{renderItem(item)}</div>
              {actions && <div>{actions(item)}</div>}
            </Flex>
          </li>
        ))}
      </ul>
    </div>
  );
}
