import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Descriptions, Flex, Popover, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { QueryState } from '@/components/query/query-state';
import { formatDate } from '@/lib/format/dates';
import { formatCount } from '@/lib/format/numbers';
import type { AnnualReviewDocument, AnnualReviewSentence, AnnualReviewSource } from '@/types/api';

import { useAnnualReview, useDownloadAnnualReview } from '../api/annual-review';

/** The sources of one sentence: kind, record type, how many rows and which ids, the query in words. */
export function SourceList({ sources }: { sources: AnnualReviewSource[] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} style={{ maxWidth: 420 }} data-testid="review-sources">
      {sources.map((s, i) => (
        <Descriptions
          key={i}
          size="small"
          column={1}
          bordered
          items={[
            { key: 'kind', label: t('reports.review.sourceKind'), children: t(`reports.review.kind.${s.kind}`, { defaultValue: s.kind }) },
            ...(s.type ? [{ key: 'type', label: t('reports.review.recordType'), children: <Tag>{s.type}</Tag> }] : []),
            { key: 'count', label: t('reports.review.rows'), children: formatCount(s.count) },
            ...(s.ids.length > 0
              ? [
                  {
                    key: 'ids',
                    label: t('reports.review.ids'),
                    children: (
                      <Typography.Text style={{ fontSize: 12 }} ellipsis={{ tooltip: s.ids.join(', ') }}>
                        {s.ids.join(', ')}
                      </Typography.Text>
                    ),
                  },
                ]
              : []),
            { key: 'query', label: t('reports.review.query'), children: s.description },
          ]}
        />
      ))}
    </Flex>
  );
}

function SentenceSpan({ sentence }: { sentence: AnnualReviewSentence }) {
  const { t } = useTranslation();
  return (
    <Popover title={t('reports.review.sources')} content={<SourceList sources={sentence.sources} />} trigger={['hover', 'click']}>
      <span className="review-sentence" data-testid="review-sentence" tabIndex={0} style={{ cursor: 'help', borderBottom: '1px dotted #bbb' }}>
        {sentence.text}
      </span>
    </Popover>
  );
}

/** The review as the API drafted it: headings, paragraphs, each sentence with its sources on hover or click. */
export function ReviewDocument({ review }: { review: AnnualReviewDocument }) {
  const { t } = useTranslation();
  return (
    <article
      data-testid="review-preview"
      lang="zh-CN"
      style={{ maxWidth: '46em', margin: '0 auto', lineHeight: 1.9, fontSize: 16, fontFamily: "'FangSong','STFangsong','SimSun',serif" }}
    >
      <Typography.Title level={3} style={{ textAlign: 'center' }}>
        {review.title}
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'center' }}>{review.subtitle}</Typography.Paragraph>
      <Typography.Paragraph style={{ textAlign: 'center' }}>{review.author}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', fontSize: 13 }}>
        {t('reports.review.asOf', { date: formatDate(review.asOf) })}
      </Typography.Paragraph>
      {review.sections.map((section) => (
        <section key={section.key} data-section={section.key}>
          {section.heading ? <Typography.Title level={4}>{section.heading}</Typography.Title> : null}
          {section.paragraphs.map((p, i) => (
            <p key={i} style={{ textIndent: '2em', margin: '0.4em 0' }}>
              {p.sentences.map((s, j) => (
                <SentenceSpan key={j} sentence={s} />
              ))}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}

/** 工作巡礼: pick a year, preview the review regenerated from the records with each sentence's sources, download it as Word. */
export function AnnualReview() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useState(dayjs().year());
  const download = useDownloadAnnualReview();
  const review = useAnnualReview(year);
  return (
    <Card
      title={t('reports.review.title')}
      data-testid="annual-review"
      extra={
        <Flex gap={8} align="center">
          <Typography.Text>{t('reports.review.year')}</Typography.Text>
          <DatePicker
            picker="year"
            allowClear={false}
            aria-label={t('reports.review.year')}
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
            onClick={() => download.mutate(year, { onSuccess: () => void message.success(t('reports.review.downloaded')) })}
          >
            {t('reports.review.download')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('reports.review.hint')}</Typography.Text>
        {download.error ? <ApiErrorAlert error={download.error} /> : null}
        <QueryState query={review} isEmpty={() => false} loading={<Spin data-testid="review-loading" />}>
          {(data) => (
            <Spin spinning={review.isFetching}>
              <ReviewDocument review={data} />
            </Spin>
          )}
        </QueryState>
      </Flex>
    </Card>
  );
}
