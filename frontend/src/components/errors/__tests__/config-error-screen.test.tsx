import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ConfigErrorScreen } from '@/components/errors/config-error-screen';
import { parseAppConfig } from '@/config/app-config';

describe('ConfigErrorScreen', () => {
  it('tells staff in Chinese that the runtime config is broken and names each problem', () => {
    const result = parseAppConfig({ apiUrl: 'http://localhost:8080', realm: 'xianan', clientId: 'spa' });
    if (result.ok) throw new Error('expected an invalid config');

    render(<ConfigErrorScreen problems={result.problems} />);

    expect(screen.getByTestId('config-error')).toHaveTextContent('运行配置有误');
    expect(screen.getByText('keycloakUrl is missing')).toBeInTheDocument();
  });
});
