import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Spin, Typography, message } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';

import { useAnnualReviewHtml, useDownloadAnnualReview } from '../api/annual-review';

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

/** 工作巡礼: pick a year, preview the draft drafted from live data, download it as Word. */
export function AnnualReview() {
  const { t } = useTranslation();
  const [year, setYear] = useState(dayjs().year());
  const download = useDownloadAnnualReview();
  const preview = useAnnualReviewHtml(year);
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
        {preview.error ? <ApiErrorAlert error={preview.error} /> : null}
        {preview.data !== undefined ? (
          <Spin spinning={preview.isFetching}>
            <ReviewPreview html={preview.data} title={t('tasks.review.preview')} />
          </Spin>
        ) : (
          preview.isPending && <Spin data-testid="review-loading" />
        )}
      </Flex>
    </Card>
  );
}
