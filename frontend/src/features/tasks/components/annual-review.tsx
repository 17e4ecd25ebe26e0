import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Typography, message } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';

import { useDownloadAnnualReview } from '../api/annual-review';

/**
 * The review's HTML in a sandboxed iframe: no scripts, no same-origin access, no forms; the API
 * already escapes the text and sends `Content-Security-Policy: default-src 'none'`.
 */
export function ReviewPreview({ html, title }: { html: string; title: string }) {
  return (
    <iframe
      title={title}
      data-testid="review-preview"
      sandbox=""
      referrerPolicy="no-referrer"
      srcDoc={html}
      style={{ width: '100%', minHeight: 640, border: '1px solid #f0f0f0', borderRadius: 8, background: '#fff' }}
    />
  );
}

/** 工作巡礼: pick a year, download the Word draft (and preview it once the client can read HTML). */
export function AnnualReview({ html }: { html?: string }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(dayjs().year());
  const download = useDownloadAnnualReview();
  return (
    <Card
      title={t('tasks.review.title')}
      data-testid="annual-review"
      extra={
        <Flex gap={8} align="center">
          <DatePicker
            picker="year"
            allowClear={false}
            data-testid="review-year"
            value={dayjs(`${year}-01-01`)}
            disabledDate={(d) => d.year() > dayjs().year() || d.year() < 2000}
            onChange={(value) => value && setYear(value.year())}
          />
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            loading={download.isPending}
            data-testid="review-download"
            onClick={() => download.mutate(year, { onSuccess: () => void message.success(t('tasks.review.downloaded')) })}
          >
            {t('tasks.review.download')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('tasks.review.hint')}</Typography.Text>
        {download.error ? <ApiErrorAlert error={download.error} /> : null}
        {html !== undefined ? (
          <ReviewPreview html={html} title={t('tasks.review.preview')} />
        ) : (
          <Alert type="info" showIcon title={t('tasks.review.previewUnavailable')} data-testid="review-preview-unavailable" />
        )}
      </Flex>
    </Card>
  );
}
