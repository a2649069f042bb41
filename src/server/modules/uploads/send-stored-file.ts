import type { FastifyReply } from 'fastify';
import type { Storage } from '../../adapters/storage/storage.ts';
import type { Upload } from './schema.ts';

const EXTENSIONS = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
} as const;

/**
 * Answer with a stored private file: never cached (identity documents must not linger in shared
 * or browser caches), shown inline under a server-made name, with the type we sniffed and
 * nosniff so the browser cannot decide it is something else. Images also get a CSP sandbox: even
 * opened directly they cannot run anything in our origin.
 */
export async function sendStoredFile(
  reply: FastifyReply,
  storage: Storage,
  upload: Upload,
  name: string,
) {
  const stored = await storage.get(upload.storageKey);
  reply
    .header('Content-Type', upload.contentType)
    .header('Content-Length', String(stored.size))
    .header('Cache-Control', 'no-store')
    .header('Content-Disposition', `inline; filename="${name}.${EXTENSIONS[upload.contentType]}"`)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cross-Origin-Resource-Policy', 'same-origin');
  if (upload.contentType !== 'application/pdf') {
    reply.header('Content-Security-Policy', "default-src 'none'; sandbox");
  }
  return reply.send(stored.body);
}
