import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// Absolute paths, so the build gives the same result whatever directory it is started from
// (the server builds the web app on start; see src/server/web/ensure-web-build.ts).
const repoDir = fileURLToPath(new URL('.', import.meta.url));
const apiServer = 'http://127.0.0.1:3000';

export default defineConfig({
  root: `${repoDir}src/web`,
  base: '/',
  plugins: [react(), precompress()],
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

/**
 * Brotli (best quality) and gzip copies beside every text asset of the build, which the server
 * sends as they are (@fastify/static's preCompressed): compressed once here, not per request.
 */
function precompress(): Plugin {
  return {
    name: 'kaidian-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? '';
      const files = Object.keys(bundle).filter((file) => /\.(js|css|html|svg|json)$/.test(file));
      await Promise.all(
        files.map(async (file) => {
          const full = path.join(outDir, file);
          const source = await readFile(full);
          // Below this a compressed copy saves no time (the server's threshold for compression).
          if (source.length < 1024) return;
          const brotli = brotliCompressSync(source, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
            },
          });
          await writeFile(`${full}.br`, brotli);
          await writeFile(`${full}.gz`, gzipSync(source, { level: 9 }));
        }),
      );
    },
  };
}
