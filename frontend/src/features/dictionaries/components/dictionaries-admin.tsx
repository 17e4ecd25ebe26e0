import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Drawer, Flex, Form, Input, InputNumber, Menu, Modal, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { HistoryTimeline } from '@/components/history/history-timeline';
import { QueryState } from '@/components/query/query-state';
import { getDictionariesQueryOptions } from '@/lib/dictionaries';
import type { DictionaryItem } from '@/types/api';

import { useDictionaryItemHistory, useDictionaryWrites, type DictionaryItemCreate } from '../api/dictionary-admin';

type EditValues = { code?: string; labelZh: string; labelEn: string; sortOrder?: number; active?: boolean };

/** 数据字典管理 (admin): one table per kind; add to open kinds, edit labels and order, deactivate with confirmation, history. */
export function DictionariesAdmin() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const dictionaries = useQuery(getDictionariesQueryOptions());
  const [kind, setKind] = useState('industry');
  const [editing, setEditing] = useState<DictionaryItem | 'new' | null>(null);
  const [historyOf, setHistoryOf] = useState<DictionaryItem | null>(null);
  const [form] = Form.useForm<EditValues>();
  const writes = useDictionaryWrites(kind);
  const history = useDictionaryItemHistory(kind, historyOf?.code);
  const en = i18n.language === 'en';

  if (dictionaries.error) return <ApiErrorAlert error={dictionaries.error} onRetry={() => void dictionaries.refetch()} />;
  const kinds = dictionaries.data?.kinds ?? [];
  const current = kinds.find((k) => k.kind === kind);
  const name = (k: { labelZh?: string; labelEn?: string; kind?: string }) => (en ? k.labelEn : k.labelZh) ?? k.kind ?? '';

  const open = (item: DictionaryItem | 'new') => {
    setEditing(item);
    form.setFieldsValue(
      item === 'new'
        ? { code: '', labelZh: '', labelEn: '', sortOrder: undefined, active: true }
        : { code: item.code, labelZh: item.labelZh ?? '', labelEn: item.labelEn ?? '', sortOrder: item.sortOrder, active: item.active },
    );
  };

  const save = async () => {
    const values = await form.validateFields();
    try {
      if (editing === 'new') {
        const body: DictionaryItemCreate = { code: values.code ?? '', labelZh: values.labelZh, labelEn: values.labelEn, sortOrder: values.sortOrder };
        await writes.create.mutateAsync(body);
        void message.success(t('dictionaries.added'));
      } else if (editing) {
        await writes.update.mutateAsync({
          code: editing.code ?? '',
          body: {
            labelZh: values.labelZh,
            labelEn: values.labelEn,
            sortOrder: values.sortOrder ?? editing.sortOrder ?? 0,
            active: values.active ?? true,
            version: editing.version ?? 0,
          },
        });
        void message.success(t('dictionaries.saved'));
      }
      setEditing(null);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const columns: ColumnsType<DictionaryItem> = [
    { title: t('dictionaries.code'), dataIndex: 'code', key: 'code', width: 200, render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
    { title: t('dictionaries.labelZh'), dataIndex: 'labelZh', key: 'labelZh' },
    { title: t('dictionaries.labelEn'), dataIndex: 'labelEn', key: 'labelEn' },
    { title: t('dictionaries.sortOrder'), dataIndex: 'sortOrder', key: 'sortOrder', width: 80 },
    {
      title: t('dictionaries.status'),
      key: 'status',
      width: 140,
      render: (_, i) => (
        <Space size={4}>
          {i.active ? <Tag color="green">{t('dictionaries.active')}</Tag> : <Tag>{t('dictionaries.inactive')}</Tag>}
          {i.behavioural && <Tag color="blue">{t('dictionaries.behavioural')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('dictionaries.actions'),
      key: 'actions',
      width: 220,
      render: (_, i) => (
        <Space size={4}>
          <Button size="small" type="link" onClick={() => open(i)}>
            {t('dictionaries.edit')}
          </Button>
          {!i.behavioural && i.active && (
            <Popconfirm
              title={t('dictionaries.confirmDeactivate', { label: en ? i.labelEn : i.labelZh })}
              onConfirm={async () => {
                try {
                  await writes.deactivate.mutateAsync(i.code ?? '');
                  void message.success(t('dictionaries.deactivated'));
                } catch (e) {
                  void message.error(e instanceof Error ? e.message : String(e));
                }
              }}
            >
              <Button size="small" type="link" danger data-testid={`deactivate-${i.code}`}>
                {t('dictionaries.deactivate')}
              </Button>
            </Popconfirm>
          )}
          <Button size="small" type="link" onClick={() => setHistoryOf(i)}>
            {t('dictionaries.history')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Flex gap={16} align="flex-start">
      <Card title={t('dictionaries.kinds')} style={{ width: 220, flex: 'none' }} styles={{ body: { padding: 0 } }}>
        <Menu
          mode="inline"
          selectedKeys={[kind]}
          onClick={({ key }) => setKind(key)}
          items={kinds.map((k) => ({ key: k.kind ?? '', label: name(k) }))}
          data-testid="dictionary-kinds"
        />
      </Card>
      <Card
        style={{ flex: 1, minWidth: 0 }}
        title={current ? name(current) : ''}
        extra={
          current?.open ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="dictionary-add">
              {t('dictionaries.add')}
            </Button>
          ) : null
        }
      >
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('dictionaries.hint')}</Typography.Text>
          {current && !current.open && <Alert type="info" showIcon title={t('dictionaries.closedKind')} />}
          <Table<DictionaryItem>
            data-testid="dictionary-items"
            rowKey="code"
            size="middle"
            loading={dictionaries.isLoading}
            columns={columns}
            dataSource={current?.items ?? []}
            pagination={false}
          />
        </Flex>
      </Card>
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('dictionaries.add') : t('dictionaries.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => void save()}
        confirmLoading={writes.create.isPending || writes.update.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="code"
            label={t('dictionaries.code')}
            rules={[{ required: true, pattern: /^[A-Za-z0-9][A-Za-z0-9_:.-]{0,63}$/ }]}
          >
            <Input disabled={editing !== 'new'} maxLength={64} />
          </Form.Item>
          <Form.Item name="labelZh" label={t('dictionaries.labelZh')} rules={[{ required: true, whitespace: true, max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="labelEn" label={t('dictionaries.labelEn')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="sortOrder" label={t('dictionaries.sortOrder')}>
            <InputNumber min={0} max={100000} style={{ width: 160 }} />
          </Form.Item>
          {editing !== 'new' && editing && !editing.behavioural && (
            <Form.Item name="active" label={t('dictionaries.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Drawer open={historyOf !== null} onClose={() => setHistoryOf(null)} title={t('dictionaries.history')} size="large">
        <QueryState query={history} isEmpty={() => false}>
          {(entries) => (
            <HistoryTimeline
              entries={entries}
              fieldLabel={(f) => (['code', 'labelZh', 'labelEn', 'sortOrder', 'active'].includes(f) ? t(`dictionaries.${f}` as never) : f)}
            />
          )}
        </QueryState>
      </Drawer>
    </Flex>
  );
}
