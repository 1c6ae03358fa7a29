import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where `npm run dev:web` sends API calls: a running `npm start` (or `npm run demo`). */
const api = process.env.WHISTLE_API ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The login page's budget is 350 kB gzip; everything else is split by route.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': api, '/docs': api, '/docs-json': api, '/health': api },
  },
  test: {
    root,
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
