import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { AppInstance } from '../app-types.ts';
import { AppError } from '../errors.ts';
import { renderNotFoundPage } from './page.ts';

/** Paths the single-page app owns; anything else that is not a file is a real 404. */
const SPA_PREFIXES = [
  '/login',
  '/signup',
  '/forgot-password',
  '/dashboard',
  '/store',
  '/products',
  '/orders',
  '/account',
  '/profile',
  '/verification',
  '/admin',
];

export function isSpaPath(pathname: string): boolean {
  return (
    pathname === '/' ||
    SPA_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
  );
}

/** Serve the built React app, with a history-API fallback for its routes. */
export async function registerWebApp(app: AppInstance, webDir: string): Promise<void> {
  const indexFile = path.join(webDir, 'index.html');
  const built = existsSync(indexFile);
  if (built) {
    await app.register(fastifyStatic, {
      root: webDir,
      index: false,
      wildcard: false,
      // The .br and .gz copies the build writes (vite.config.ts): no compression per request.
      preCompressed: true,
      setHeaders(res, filePath) {
        // Vite puts a content hash in every asset name, so assets never change under one URL.
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const indexHtml = built ? await fs.readFile(indexFile, 'utf8') : null;

  // Every page links /favicon.svg; browsers still ask for /favicon.ico (and some never read the
  // link), so that address answers with the same icon instead of a 404.
  const faviconFile = path.join(webDir, 'favicon.svg');
  const favicon = existsSync(faviconFile) ? await fs.readFile(faviconFile) : null;
  if (favicon) {
    app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('image/svg+xml').header('Cache-Control', 'public, max-age=86400').send(favicon),
    );
  }

  app.setNotFoundHandler(async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      // The error handler answers it in the API's error shape and the caller's language.
      throw new AppError('http.not_found');
    }
    if (
      (request.method === 'GET' || request.method === 'HEAD') &&
      isSpaPath(pathname) &&
      indexHtml
    ) {
      return reply
        .type('text/html; charset=utf-8')
        .header('Cache-Control', 'no-cache')
        .send(indexHtml);
    }
    return reply
      .code(404)
      .type('text/html; charset=utf-8')
      .send(renderNotFoundPage(request.locale));
  });
}
