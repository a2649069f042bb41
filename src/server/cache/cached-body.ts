import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

type Encoding = 'br' | 'gzip';

/**
 * A response body kept in memory (a rendered page, a serialized list), with its compressed
 * variants made once, on first demand, at a higher quality than a per-request compression could
 * afford: a cached answer costs neither a render nor a compression.
 */
export interface CachedBody {
  readonly body: Buffer;
  readonly contentType: string;
  variant(encoding: Encoding): Buffer;
}

// Compressing a small body saves no time on any network (the same threshold as @fastify/compress).
const THRESHOLD_BYTES = 1024;

export function cachedBody(body: string | Buffer, contentType: string): CachedBody {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const variants = new Map<Encoding, Buffer>();
  return {
    body: bytes,
    contentType,
    variant(encoding) {
      let compressed = variants.get(encoding);
      if (!compressed) {
        compressed =
          encoding === 'br'
            ? zlib.brotliCompressSync(bytes, {
                params: {
                  [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
                  [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
                },
              })
            : zlib.gzipSync(bytes, { level: 9 });
        variants.set(encoding, compressed);
      }
      return compressed;
    },
  };
}

/** Send a cached body, compressed as the client accepts (brotli first), from the cache. */
export function sendCachedBody(request: FastifyRequest, reply: FastifyReply, cached: CachedBody) {
  reply.type(cached.contentType);
  if (cached.body.length < THRESHOLD_BYTES) return reply.send(cached.body);
  appendVary(reply, 'Accept-Encoding');
  const encoding = acceptedEncoding(request.headers['accept-encoding']);
  if (!encoding) return reply.send(cached.body);
  return reply.header('Content-Encoding', encoding).send(cached.variant(encoding));
}

/** The encoding to answer in: brotli, else gzip, if the client accepts it (q > 0). */
export function acceptedEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    accepted.set(name.trim(), q ? Number(q.slice(2)) : 1);
  }
  const wildcard = accepted.get('*') ?? 0;
  for (const encoding of ['br', 'gzip'] as const) {
    if ((accepted.get(encoding) ?? wildcard) > 0) return encoding;
  }
  return null;
}

function appendVary(reply: FastifyReply, field: string) {
  const current = reply.getHeader('Vary');
  const fields = current
    ? String(current)
        .split(',')
        .map((value) => value.trim())
    : [];
  if (fields.some((value) => value.toLowerCase() === field.toLowerCase() || value === '*')) return;
  reply.header('Vary', [...fields, field].join(', '));
}
