import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** How much of a refused body is read and thrown away before the connection is given up on. */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

/**
 * A reply sent before the request's body was read to its end (a refused upload: 413) leaves
 * the rest of that body on the connection. Left there, Node resets the socket and the client's
 * next request on the kept-alive connection fails (ECONNRESET). So the rest is read and thrown
 * away once the reply is out, and the connection stays usable. A body larger than any upload
 * could be (or of no declared length) is not read forever: that reply says `Connection: close`.
 */
export function registerUnreadBodyDrain(app: FastifyInstance): void {
  // Plain callbacks: every request passes here, and nearly every one has read its body.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (hasUnreadBody(request.raw) && !drainable(request.raw)) reply.header('connection', 'close');
    done(null, payload);
  });
  app.addHook('onResponse', (request, _reply, done) => {
    if (hasUnreadBody(request.raw) && drainable(request.raw)) drain(request.raw);
    done();
  });
}

/** `complete` is false only on a real connection whose body is not yet read to its end. */
function hasUnreadBody(raw: IncomingMessage): boolean {
  return raw.complete === false && !raw.destroyed;
}

function drainable(raw: IncomingMessage): boolean {
  const declared = Number(raw.headers['content-length']);
  return Number.isFinite(declared) && declared <= MAX_DRAIN_BYTES;
}

function drain(raw: IncomingMessage): void {
  // Whatever still reads the body (the multipart parser) has given up on it.
  raw.unpipe();
  raw.on('data', () => undefined);
  raw.resume();
}
