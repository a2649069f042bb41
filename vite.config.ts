import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Absolute paths, so the build gives the same result whatever directory it is started from
// (the server builds the web app on start; see src/server/web/ensure-web-build.ts).
const repoDir = fileURLToPath(new URL('.', import.meta.url));
const apiServer = 'http://127.0.0.1:3000';

export default defineConfig({
  root: `${repoDir}src/web`,
  base: '/',
  plugins: [react()],
  build: {
    outDir: `${repoDir}dist/web`,
    emptyOutDir: true,
  },
  server: {
    // During `vite` development the API, storefront, dev mailbox and health checks stay on
    // the Kaidian server.
    proxy: {
      '/api': apiServer,
      '/s': apiServer,
      '/dev': apiServer,
      '/healthz': apiServer,
    },
  },
});
