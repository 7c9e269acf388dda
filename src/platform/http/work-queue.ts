import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * At most `limit` requests do their work at once; the others wait their turn, first come first
 * served. The embedded database runs every statement on this one thread, so more requests at once
 * add no speed: each holds its rows, models and pages in memory while it waits between its
 * statements behind everyone else's, and the event loop's turns grow so long that Node accepts a
 * new connection only every few hundred milliseconds. At 50 connections that was over 600 MB
 * resident and answers of 10 s and more.
 *
 * A place is taken after the body is read and given back as soon as the answer is ready to send
 * (or the connection closes), exactly once: a slow reader of a large answer holds no place. A
 * multipart upload reads its body in its handler, so it never queues: a slow upload must not hold
 * everyone else up.
 */
export function setUpWorkQueue(app: FastifyInstance, limit: number): void {
  let working = 0;
  const waiting: (() => void)[] = [];
  const places = new WeakMap<FastifyRequest, () => void>();
  const giveBack = () => {
    const next = waiting.shift();
    if (next) next();
    else working -= 1;
  };
  app.addHook('preHandler', (request, reply, done) => {
    if (request.headers['content-type']?.startsWith('multipart/')) return done();
    const start = () => {
      let given = false;
      const giveBackOnce = () => {
        if (given) return;
        given = true;
        giveBack();
      };
      places.set(request, giveBackOnce);
      reply.raw.once('close', giveBackOnce);
      if (reply.raw.closed || reply.raw.writableFinished) giveBackOnce();
      done();
    };
    if (working < limit) {
      working += 1;
      start();
    } else waiting.push(start);
  });
  app.addHook('onSend', async (request) => {
    places.get(request)?.();
  });
}
