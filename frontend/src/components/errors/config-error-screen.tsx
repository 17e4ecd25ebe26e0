import { Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown instead of the app when /config.js is missing or invalid: nothing else can work without it. */
export function ConfigErrorScreen({ problems }: { problems: string[] }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Result
        status="error"
        title={t('config.title')}
        subTitle={t('config.description')}
        data-testid="config-error"
      >
        <Typography.Paragraph strong>{t('config.problems')}</Typography.Paragraph>
        <ul>
          {problems.map((problem) => (
            <li key={problem}>
              <Typography.Text code>{problem}</Typography.Text>
            </li>
          ))}
        </ul>
      </Result>
    </Flex>
  );
}
