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
 * or browser caches), under a server-made name, with the type we sniffed and nosniff so the
 * browser cannot decide it is something else, and a CSP sandbox so that even opened directly it
 * cannot run anything in our origin. Images are shown inline; a PDF is a download, since a
 * browser's PDF viewer is a program of its own that the sandbox does not fully contain.
 */
export async function sendStoredFile(
  reply: FastifyReply,
  storage: Storage,
  upload: Upload,
  name: string,
) {
  const stored = await storage.get(upload.storageKey);
  const disposition = upload.contentType === 'application/pdf' ? 'attachment' : 'inline';
  reply
    .header('Content-Type', upload.contentType)
    .header('Content-Length', String(stored.size))
    .header('Cache-Control', 'no-store')
    .header(
      'Content-Disposition',
      `${disposition}; filename="${name}.${EXTENSIONS[upload.contentType]}"`,
    )
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cross-Origin-Resource-Policy', 'same-origin')
    .header('Content-Security-Policy', "default-src 'none'; sandbox");
  return reply.send(stored.body);
}
