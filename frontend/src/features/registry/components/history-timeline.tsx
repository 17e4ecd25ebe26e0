import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { HistoryEntry } from '@/types/api';

import { useFormatters } from '../utils/enums';

const show = (value: unknown) => {
  if (value === null || value === undefined || value === '') return '∅';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return String(value);
};

/**
 * 变更记录: "who changed what, when" from the Envers revisions, newest first. `fieldLabel` names a
 * field in the user's language; values are shown as the API recorded them (masked where it masks).
 */
export function HistoryTimeline({
  entries,
  fieldLabel,
}: {
  entries: HistoryEntry[];
  fieldLabel: (field: string) => string;
}) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  if (entries.length === 0) return <Empty description={t('registry.history.empty')} />;
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
              <Typography.Text strong>{dateTime(entry.changedAt)}</Typography.Text>
              <Typography.Text>{entry.actor ?? '—'}</Typography.Text>
              {entry.department && <Typography.Text type="secondary">{entry.department}</Typography.Text>}
              <Tag>{t(`registry.history.type.${entry.type ?? 'UPDATED'}` as const)}</Tag>
            </Space>
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
              {(entry.changes ?? []).map((change) => (
                <li key={change.field}>
                  <Typography.Text type="secondary">{fieldLabel(change.field ?? '')}</Typography.Text>{' '}
                  {entry.type === 'CREATED' ? (
                    show(change.after)
                  ) : (
                    <>
                      <Typography.Text delete>{show(change.before)}</Typography.Text> → {show(change.after)}
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ),
      }))}
    />
  );
}
