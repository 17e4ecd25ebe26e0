import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true },
  preview: {
    port: 4173,
    strictPort: true,
    // backend/dev/e2e.sh sets the nginx image's policy (nginx/csp.sh), so journeys run under it.
    headers: process.env.SPA_CSP ? { 'Content-Security-Policy': process.env.SPA_CSP } : {},
  },
  build: {
    // ECharts is one large chunk by nature, loaded with the first chart; what a first visit loads is
    // budgeted by scripts/check-bundle.mjs (npm run check:bundle) instead of per chunk.
    chunkSizeWarningLimit: 2000,
  },
});
