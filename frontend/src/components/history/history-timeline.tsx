import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { PersonName, useDictionaries } from '@/lib/dictionaries';
import { formatDateTime } from '@/lib/format/dates';
import type { HistoryEntry } from '@/types/api';

/** A recorded value as text: ∅ for none, ✓/✗ for booleans, JSON for objects. */
export const showValue = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '∅';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return typeof value === 'object' ? JSON.stringify(value) : String(value as string | number);
};

/**
 * 变更记录: "who changed what, when" from the Envers revisions (`GET …/history` of any record),
 * newest first. A feature names its fields (`fieldLabel`) and may show values its own way
 * (`formatValue`, which answers undefined for the values it leaves); coded values of the known
 * fields (gender, education, industry…) read by their dictionary labels. Who: the name and the
 * department at the time of the change, and the system it came through by its name. Values are
 * masked where the API masks them.
 */
export function HistoryTimeline({
  entries,
  fieldLabel,
  formatValue,
  emptyText,
}: {
  entries: HistoryEntry[];
  fieldLabel: (field: string) => string;
  formatValue?: (field: string, value: unknown) => string | undefined;
  emptyText?: string;
}) {
  const { t } = useTranslation();
  const dictionary = useDictionaries();
  if (entries.length === 0) return <Empty description={emptyText ?? t('history.empty')} />;
  const show = (field: string, value: unknown) =>
    (value === null || value === undefined ? undefined : (formatValue?.(field, value) ?? dictionary.fieldValue(field, value))) ?? showValue(value);
  const newestFirst = [...entries].sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0));
  return (
    <Timeline
      data-testid="history-timeline"
      items={newestFirst.map((entry) => ({
        key: entry.revision,
        color: entry.type === 'CREATED' ? 'green' : entry.type === 'DELETED' ? 'red' : 'blue',
        content: (
          <div data-testid="history-entry">
            <Space size={8} wrap>
              <Typography.Text strong>{formatDateTime(entry.changedAt)}</Typography.Text>
              <PersonName name={entry.actorName} login={entry.actor} department={entry.departmentName ?? entry.department} />
              {entry.clientId && (
                <Typography.Text type="secondary">{t('history.client', { client: dictionary.label('client', entry.clientId) })}</Typography.Text>
              )}
              <Tag>{t(`history.type.${entry.type ?? 'UPDATED'}` as const)}</Tag>
            </Space>
            {(entry.changes ?? []).length === 0 ? (
              <div>
                <Typography.Text type="secondary">{t('history.noFieldChanges')}</Typography.Text>
              </div>
            ) : (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {(entry.changes ?? []).map((change) => {
                  const field = change.field ?? '';
                  return (
                    <li key={field}>
                      <Typography.Text type="secondary">{fieldLabel(field)}</Typography.Text>{' '}
                      {entry.type === 'CREATED' ? (
                        show(field, change.after)
                      ) : (
                        <>
                          <Typography.Text delete>{show(field, change.before)}</Typography.Text> → {show(field, change.after)}
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        ),
      }))}
    />
  );
}
