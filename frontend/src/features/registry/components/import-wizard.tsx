import { CloudUploadOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Progress, Result, Space, Steps, Table, Tag, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { QueryState } from '@/components/query/query-state';
import { formatDate } from '@/lib/format/dates';
import type { ImportError, ImportJob } from '@/types/api';

import {
  downloadImportErrors,
  downloadImportTemplate,
  RUNNING_STATUSES,
  useImportErrors,
  useImportJob,
  useInvalidateAfterImport,
  useRetryImport,
  useSubmitImport,
} from '../api/imports';
import { toWorkers } from '../paths';
import { useEnumLabels } from '../utils/enums';

const ACCEPT = '.csv,.xlsx';
const isRunning = (job?: ImportJob) => job === undefined || RUNNING_STATUSES.includes(job.status ?? '');

/** The job's counters and state while it runs, as a progress bar. */
function JobProgress({ job, expectedRows }: { job?: ImportJob; expectedRows?: number }) {
  const { t } = useTranslation();
  const { label } = useEnumLabels();
  const read = job?.rowsRead ?? 0;
  const done = !isRunning(job);
  // a real run knows its size from the dry run; a dry run only counts what it has read
  const percent = done ? 100 : expectedRows ? Math.min(99, Math.round((read * 100) / expectedRows)) : read > 0 ? 50 : 5;
  return (
    <Flex vertical gap={4} data-testid="import-progress">
      <Progress aria-label={t('registry.import.progressLabel')} percent={percent} status={job?.status === 'FAILED' ? 'exception' : done ? 'success' : 'active'} />
      <Space size={12} wrap>
        <Tag data-testid="import-status">{label('importStatus', job?.status ?? 'QUEUED')}</Tag>
        <span>{t('registry.import.rowsRead', { count: read })}</span>
        <span>{t('registry.import.rowsValid', { count: job?.rowsValid ?? 0 })}</span>
        {(job?.errorCount ?? 0) > 0 && <Typography.Text type="danger">{t('registry.import.errorCount', { count: job?.errorCount })}</Typography.Text>}
      </Space>
    </Flex>
  );
}

/** The bad cells of a job (row as in the file, column, message), paged by the API, and the marked workbook. */
function BadCells({ jobId, keptUntil }: { jobId: number; keptUntil?: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState({ page: 0, size: 20 });
  const errors = useImportErrors(jobId, page, true);
  const [downloading, setDownloading] = useState(false);
  return (
    <Card
      size="small"
      title={t('registry.import.badCells')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          loading={downloading}
          data-testid="import-download-errors"
          onClick={() => {
            setDownloading(true);
            downloadImportErrors(jobId)
              .catch((error: unknown) => void message.error(error instanceof Error ? error.message : String(error)))
              .finally(() => setDownloading(false));
          }}
        >
          {t('registry.import.downloadErrors')}
        </Button>
      }
    >
      {keptUntil && (
        <Typography.Paragraph type="secondary" data-testid="import-errors-retention">
          {t('registry.import.errorsKeptUntil', { date: formatDate(keptUntil) })}
        </Typography.Paragraph>
      )}
      <QueryState query={errors} isEmpty={() => false}>{() => (
        <Table<ImportError>
          data-testid="import-errors-table"
          rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
          size="small"
          loading={errors.isFetching}
          dataSource={errors.data?.items ?? []}
          columns={[
            { title: t('registry.import.row'), dataIndex: 'row', key: 'row', width: 80 },
            { title: t('registry.import.column'), dataIndex: 'column', key: 'column', width: 180 },
            { title: t('registry.import.message'), dataIndex: 'message', key: 'message' },
          ]}
          pagination={{
            current: page.page + 1,
            pageSize: page.size,
            total: errors.data?.total ?? 0,
            onChange: (current, size) => setPage({ page: current - 1, size }),
          }}
        />
      )}</QueryState>
    </Card>
  );
}

/**
 * What an import wizard imports: its template, its upload, what to read again after it, and where
 * its result leads. Workers by default; department records pass their own (records/record-page),
 * all through the same import jobs (/api/v1/imports/{id}).
 */
export type ImportSource = {
  downloadTemplate: (format: 'xlsx' | 'csv') => Promise<unknown>;
  submit: (args: { file: File; dryRun: boolean }) => Promise<ImportJob>;
  /** Query keys whose data a real import changed. */
  invalidates: string[][];
  /** The page the result leads to, with its button label; none for a wizard inside its list. */
  done?: { to: string; label: string };
};

/**
 * 批量导入工人: template → upload → dry run (every row checked, nothing written; bad cells listed
 * and downloadable as a marked workbook) → confirmed real run (all rows or none) → result.
 */
export function ImportWizard({ source }: { source?: ImportSource } = {}) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [step, setStep] = useState<0 | 1>(0);
  const [file, setFile] = useState<File>();
  const [dryJobId, setDryJobId] = useState<number>();
  const [realJobId, setRealJobId] = useState<number>();
  const [downloading, setDownloading] = useState<string>();
  const submit = useSubmitImport(source?.submit);
  const retry = useRetryImport();
  const dryJob = useImportJob(dryJobId);
  const realJob = useImportJob(realJobId);
  const invalidate = useInvalidateAfterImport(source?.invalidates);
  const succeeded = realJob.data?.status === 'SUCCEEDED';

  // the registry, its lists and the dashboard's figures changed: read them again
  useEffect(() => {
    if (succeeded) void invalidate();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per finished job
  }, [succeeded, realJobId]);

  const current = succeeded ? 4 : realJobId !== undefined ? 3 : dryJobId !== undefined ? 2 : step;

  const startOver = (keepTemplate = true) => {
    setFile(undefined);
    setDryJobId(undefined);
    setRealJobId(undefined);
    submit.reset();
    retry.reset();
    setStep(keepTemplate ? 1 : 0);
  };

  const download = (format: 'xlsx' | 'csv') => {
    setDownloading(format);
    (source?.downloadTemplate ?? downloadImportTemplate)(format)
      .catch((error: unknown) => void message.error(error instanceof Error ? error.message : String(error)))
      .finally(() => setDownloading(undefined));
  };

  const startDryRun = async () => {
    if (!file) {
      void message.warning(t('registry.import.noFile'));
      return;
    }
    const job = await submit.mutateAsync({ file, dryRun: true }).catch(() => undefined);
    if (job?.id !== undefined) setDryJobId(job.id);
  };

  const confirmImport = () => {
    const rows = dryJob.data?.rowsValid ?? 0;
    modal.confirm({
      title: t('registry.import.confirmTitle'),
      content: t('registry.import.confirmContent', { count: rows }),
      okText: t('registry.import.confirmImport'),
      cancelText: t('registry.cancel'),
      okButtonProps: { 'data-testid': 'import-confirm-ok' } as never,
      onOk: async () => {
        if (!file) return;
        const job = await submit.mutateAsync({ file, dryRun: false }).catch(() => undefined);
        if (job?.id !== undefined) setRealJobId(job.id);
      },
    });
  };

  const dry = dryJob.data;
  const dryDone = dry !== undefined && !isRunning(dry);
  const dryOk = dryDone && dry.status === 'VALIDATED' && (dry.errorCount ?? 0) === 0 && (dry.rowsValid ?? 0) > 0;

  return (
    <Card data-testid="import-wizard">
      <Flex vertical gap={24}>
        <Steps
          current={current}
          items={[
            { title: t('registry.import.steps.template') },
            { title: t('registry.import.steps.upload') },
            { title: t('registry.import.steps.dryRun') },
            { title: t('registry.import.steps.confirm') },
            { title: t('registry.import.steps.result') },
          ]}
        />

        {current === 0 && (
          <Flex vertical gap={16} data-testid="import-step-template">
            <Typography.Paragraph style={{ margin: 0 }}>{t('registry.import.templateHint')}</Typography.Paragraph>
            <Space wrap>
              <Button icon={<DownloadOutlined />} loading={downloading === 'xlsx'} onClick={() => download('xlsx')} data-testid="import-template-xlsx">
                {t('registry.import.downloadXlsx')}
              </Button>
              <Button icon={<DownloadOutlined />} loading={downloading === 'csv'} onClick={() => download('csv')} data-testid="import-template-csv">
                {t('registry.import.downloadCsv')}
              </Button>
              <Button type="primary" onClick={() => setStep(1)} data-testid="import-next">
                {t('registry.import.next')}
              </Button>
            </Space>
          </Flex>
        )}

        {current === 1 && (
          <Flex vertical gap={16} data-testid="import-step-upload">
            <Upload.Dragger
              accept={ACCEPT}
              maxCount={1}
              data-testid="import-upload"
              fileList={file ? [{ uid: 'file', name: file.name, status: 'done', size: file.size }] : []}
              beforeUpload={(chosen) => {
                if (!/\.(csv|xlsx)$/i.test(chosen.name)) {
                  void message.error(t('registry.import.wrongType'));
                  return Upload.LIST_IGNORE;
                }
                setFile(chosen);
                // kept in the browser: the wizard sends it itself, as a dry run first
                return false;
              }}
              onRemove={() => setFile(undefined)}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('registry.import.dragText')}</p>
              <p className="ant-upload-hint">{t('registry.import.dragHint')}</p>
            </Upload.Dragger>
            {submit.error && <ApiErrorAlert error={submit.error} />}
            <Typography.Text type="secondary">{t('registry.import.dryRunHint')}</Typography.Text>
            <Space>
              <Button onClick={() => setStep(0)}>{t('registry.import.back')}</Button>
              <Button type="primary" icon={<CloudUploadOutlined />} disabled={!file} loading={submit.isPending} onClick={() => void startDryRun()} data-testid="import-start-dry-run">
                {t('registry.import.startDryRun')}
              </Button>
            </Space>
          </Flex>
        )}

        {current === 2 && dryJobId !== undefined && (
          <Flex vertical gap={16} data-testid="import-step-dry-run">
            <QueryState query={dryJob} loading={<JobProgress job={dry} />}>{() => <JobProgress job={dry} />}</QueryState>
            {dryDone && dryOk && (
              <Alert type="success" showIcon data-testid="import-dry-run-ok" title={t('registry.import.dryRunOk', { count: dry.rowsValid })} />
            )}
            {dryDone && !dryOk && (
              <Alert
                type="error"
                showIcon
                data-testid="import-dry-run-bad"
                title={(dry.errorCount ?? 0) > 0 ? t('registry.import.dryRunBad', { count: dry.errorCount }) : t('registry.import.failed')}
                description={dry.failureReason}
              />
            )}
            {dryDone && (dry.errorCount ?? 0) > 0 && <BadCells jobId={dryJobId} keptUntil={dry.errorsKeptUntil} />}
            {submit.error && <ApiErrorAlert error={submit.error} />}
            {retry.error && <ApiErrorAlert error={retry.error} />}
            {dryDone && (
              <Space>
                {dry.retryable && (
                  <Button type="primary" loading={retry.isPending} onClick={() => retry.mutate(dryJobId)} data-testid="import-retry-job">
                    {t('registry.import.retryJob')}
                  </Button>
                )}
                <Button onClick={() => startOver()} data-testid="import-retry">
                  {t('registry.import.fixAndRetry')}
                </Button>
                {dryOk && (
                  <Button type="primary" loading={submit.isPending} onClick={confirmImport} data-testid="import-confirm">
                    {t('registry.import.confirmImport')}
                  </Button>
                )}
              </Space>
            )}
          </Flex>
        )}

        {current === 3 && realJobId !== undefined && (
          <Flex vertical gap={16} data-testid="import-step-importing">
            <Typography.Text>{t('registry.import.importing')}</Typography.Text>
            {realJob.error ? (
              <ApiErrorAlert error={realJob.error} onRetry={() => void realJob.refetch()} />
            ) : (
              <JobProgress job={realJob.data} expectedRows={dry?.rowsValid} />
            )}
            {realJob.data?.status === 'FAILED' && (
              <>
                <Alert type="error" showIcon data-testid="import-failed" title={t('registry.import.failed')} description={realJob.data.failureReason} />
                {(realJob.data.errorCount ?? 0) > 0 && <BadCells jobId={realJobId} keptUntil={realJob.data.errorsKeptUntil} />}
                {retry.error && <ApiErrorAlert error={retry.error} />}
                <Space>
                  {realJob.data.retryable && (
                    <Button type="primary" loading={retry.isPending} onClick={() => retry.mutate(realJobId)} data-testid="import-retry-job">
                      {t('registry.import.retryJob')}
                    </Button>
                  )}
                  <Button onClick={() => startOver()}>{t('registry.import.fixAndRetry')}</Button>
                </Space>
              </>
            )}
          </Flex>
        )}

        {current === 4 && realJob.data && (
          <Result
            status="success"
            data-testid="import-result"
            title={t('registry.import.succeeded')}
            subTitle={t('registry.import.succeededDetail', {
              created: realJob.data.rowsCreated ?? 0,
              updated: realJob.data.rowsUpdated ?? 0,
              unchanged: realJob.data.rowsUnchanged ?? 0,
            })}
            extra={[
              <Button key="again" onClick={() => startOver()} data-testid="import-again">
                {t('registry.import.startOver')}
              </Button>,
              source === undefined ? (
                <Link key="workers" to={toWorkers()}>
                  <Button type="primary">{t('registry.import.toWorkers')}</Button>
                </Link>
              ) : source.done ? (
                <Link key="done" to={source.done.to}>
                  <Button type="primary">{source.done.label}</Button>
                </Link>
              ) : null,
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}
