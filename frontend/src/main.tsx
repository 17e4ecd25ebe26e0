import '@/lib/i18n/i18n';

import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app';
import { AppProvider } from '@/app/provider';
import { parseAppConfig } from '@/config/app-config';

import './index.css';

// shown only when /config.js is broken: not part of the first download
const ConfigErrorScreen = lazy(() =>
  import('@/components/errors/config-error-screen').then((module) => ({ default: module.ConfigErrorScreen })),
);

const config = parseAppConfig(window.__APP_CONFIG__);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {config.ok ? (
      <App config={config.config} />
    ) : (
      <AppProvider>
        <Suspense fallback={null}>
          <ConfigErrorScreen problems={config.problems} />
        </Suspense>
      </AppProvider>
    )}
  </StrictMode>,
);
