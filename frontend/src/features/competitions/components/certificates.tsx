import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { QueryState } from '@/components/query/query-state';
import { formatDecimal } from '@/lib/format/numbers';
import { i18n } from '@/lib/i18n/i18n';

import { useCompetition } from '../api/get-competition';
import { useAwards } from '../api/ranking';
import { toCompetition } from '../paths';
import type { Award, Competition } from '../types';
import { isPublished } from '../utils/enums';

import './certificates.css';

/** 2026-12-01 → 二〇二六年十二月一日, as certificates are dated. */
export function chineseDate(iso: string | undefined): string {
  if (!iso) return '';
  const digits = '〇一二三四五六七八九';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const small = (n: number) => (n < 10 ? digits[n]! : n === 10 ? '十' : n < 20 ? `十${digits[n - 10]}` : `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`);
  return `${String(y)
    .split('')
    .map((c) => digits[Number(c)])
    .join('')}年${small(m)}月${small(d)}日`;
}

/** 获奖证书: one printable certificate per award that stands (withdrawn ones are left out). */
export function Certificates({ id }: { id: number }) {
  const { t } = useTranslation();
  const competition = useCompetition(id);
  const published = isPublished(competition.data?.stage);
  const awards = useAwards(id, { enabled: published });

  if (competition.error) return <ApiErrorAlert error={competition.error} onRetry={() => void competition.refetch()} />;
  if (!competition.data) return <Skeleton active />;
  const c = competition.data;
  const standing = (awards.data ?? []).filter((a) => !a.revoked);

  return (
    <Flex vertical gap={16} data-testid="certificates">
      <Flex className="certificates-toolbar" justify="space-between" align="center" wrap gap={8}>
        <Space>
          <Link to={toCompetition(id, 'publication')}>
            <Button icon={<ArrowLeftOutlined />}>{t('competitions.certificates.back')}</Button>
          </Link>
          <Typography.Text strong>{c.name}</Typography.Text>
        </Space>
        <Space>
          <Typography.Text type="secondary">{t('competitions.certificates.hint')}</Typography.Text>
          <Button type="primary" icon={<PrinterOutlined />} disabled={standing.length === 0} onClick={() => window.print()} data-testid="certificates-print">
            {t('competitions.certificates.print')}
          </Button>
        </Space>
      </Flex>
      {!published ? (
        <Alert type="info" showIcon title={t('competitions.certificates.notPublished')} />
      ) : (
        <QueryState query={awards} isEmpty={() => standing.length === 0} empty={<Alert type="info" showIcon title={t('competitions.certificates.none')} />}>
          {() => (
            <div>
              {standing.map((a) => (
                <Certificate key={a.id} award={a} competition={c} />
              ))}
            </div>
          )}
        </QueryState>
      )}
    </Flex>
  );
}

/** The wording is Chinese whatever the UI language: it is the document handed to the winner. */
function Certificate({ award: a, competition: c }: { award: Award; competition: Competition }) {
  const tc = i18n.getFixedT('zh-CN');
  const score = formatDecimal(a.finalScore);
  return (
    <section className="competition-certificate" data-testid="certificate" lang="zh-CN">
      <h1>{tc('competitions.certificates.heading')}</h1>
      <div className="certificate-body">
        <p style={{ margin: 0 }} data-testid="certificate-name">
          {a.worker ? tc('competitions.certificates.salutation', { name: a.displayName }) : tc('competitions.certificates.salutationCollective', { name: a.displayName })}
        </p>
        <p className="certificate-indent" data-testid="certificate-text">
          {tc('competitions.certificates.won', { competition: c.name })}
          <span className="certificate-grade">{a.gradeLabel}</span>
          {a.technicalExpert && tc('competitions.certificates.expert')}
          {tc('competitions.certificates.fullStop')}
        </p>
        <p className="certificate-indent">{tc('competitions.certificates.encourage')}</p>
        <p className="certificate-score">
          {a.enterprise?.name ? `${a.enterprise.name} · ` : ''}
          {tc('competitions.certificates.detail', { score, rank: a.rank })}
          {c.occupation ? tc('competitions.certificates.occupation', { occupation: c.occupation }) : ''}
        </p>
      </div>
      <div className="certificate-signature">
        <div>{c.department?.name}</div>
        <div>{chineseDate(c.publishedOn ?? c.endDate)}</div>
      </div>
    </section>
  );
}
