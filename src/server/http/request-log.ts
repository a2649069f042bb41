import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/**
 * One line per answered request, where Fastify writes two (one when a request arrives, one when it
 * is answered). It says what pino-http says: the request's id (bound to `request.log`), method,
 * URL, status and milliseconds taken; a response that failed on the wire is an error line, as
 * before. Fastify's other lines (route not found, serializer and stream errors) are unchanged.
 */
export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      req: { method: request.method, url: request.url },
      res: { statusCode: reply.statusCode },
      responseTime: reply.elapsedTime,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}
