import type { FastifyInstance } from 'fastify';

/**
 * At most `limit` requests do their work at once; the others wait their turn, first come first
 * served. The embedded database runs every statement on this one thread, so more requests at once
 * add no speed: each holds its rows, models and pages in memory while it waits between its
 * statements behind everyone else's, and the event loop's turns grow so long that Node accepts a
 * new connection only every few hundred milliseconds. At 50 connections that was over 600 MB
 * resident and answers of 10 s and more.
 *
 * Taken after the body is read (a slow upload holds no place) and given back when the response is
 * finished or the connection closes, whichever comes first, exactly once.
 */
export function setUpWorkQueue(app: FastifyInstance, limit: number): void {
  let working = 0;
  const waiting: (() => void)[] = [];
  const giveBack = () => {
    const next = waiting.shift();
    if (next) next();
    else working -= 1;
  };
  app.addHook('preHandler', (_request, reply, done) => {
    const start = () => {
      let given = false;
      const giveBackOnce = () => {
        if (given) return;
        given = true;
        giveBack();
      };
      reply.raw.once('finish', giveBackOnce).once('close', giveBackOnce);
      if (reply.raw.closed || reply.raw.writableFinished) giveBackOnce();
      done();
    };
    if (working < limit) {
      working += 1;
      start();
    } else waiting.push(start);
  });
}
