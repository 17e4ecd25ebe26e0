import '@/lib/i18n/i18n';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app';
import { AppProvider } from '@/app/provider';
import { ConfigErrorScreen } from '@/components/errors/config-error-screen';
import { parseAppConfig } from '@/config/app-config';

import './index.css';

const config = parseAppConfig(window.__APP_CONFIG__);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {config.ok ? (
      <App config={config.config} />
    ) : (
      <AppProvider>
        <ConfigErrorScreen problems={config.problems} />
      </AppProvider>
    )}
  </StrictMode>,
);
