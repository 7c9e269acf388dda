import Fastify from 'fastify';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { setUpWorkQueue } from './work-queue.ts';

/** A service whose /work/:n handlers wait until released, recording how many run at once. */
function serviceWithGate(limit: number) {
  const app = Fastify({ logger: false });
  setUpWorkQueue(app, limit);
  const started: number[] = [];
  const releases = new Map<number, () => void>();
  let running = 0;
  let mostAtOnce = 0;
  app.get<{ Params: { n: string } }>('/work/:n', async (request) => {
    const n = Number(request.params.n);
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    started.push(n);
    await new Promise<void>((resolve) => releases.set(n, resolve));
    running -= 1;
    return { n };
  });
  app.get('/slow-answer', async (_request, reply) => {
    // An answer whose bytes are still going out: its place is free as soon as it is ready to send.
    const body = new PassThrough();
    body.write('first part;');
    releases.set(0, () => body.end('last part'));
    return reply.type('text/plain').send(body);
  });
  app.post('/upload', async () => ({ uploaded: true }));
  app.get('/fails', async () => {
    throw new Error('broken');
  });
  const release = (n: number) => releases.get(n)?.();
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { app, started, release, settle, mostAtOnce: () => mostAtOnce };
}

describe('the work queue', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  it('lets only so many requests work at once, and the rest in the order they came', async () => {
    const service = serviceWithGate(2);
    close = () => service.app.close();
    const answers = [1, 2, 3, 4, 5].map((n) => service.app.inject(`/work/${n}`));
    for (let i = 0; i < 5; i += 1) await service.settle();
    expect(service.started).toEqual([1, 2]);
    service.release(2);
    for (let i = 0; i < 5; i += 1) await service.settle();
    expect(service.started).toEqual([1, 2, 3]);
    for (const n of [1, 3, 4, 5]) {
      service.release(n);
      for (let i = 0; i < 5; i += 1) await service.settle();
    }
    const bodies = (await Promise.all(answers)).map((answer) => answer.json());
    expect(bodies).toEqual([1, 2, 3, 4, 5].map((n) => ({ n })));
    expect(service.started).toEqual([1, 2, 3, 4, 5]);
    expect(service.mostAtOnce()).toBe(2);
  });

  it('gives a place back when a request fails, so failures never use the queue up', async () => {
    const service = serviceWithGate(1);
    close = () => service.app.close();
    for (let i = 0; i < 3; i += 1) expect((await service.app.inject('/fails')).statusCode).toBe(500);
    const answer = service.app.inject('/work/7');
    for (let i = 0; i < 5; i += 1) await service.settle();
    expect(service.started).toEqual([7]);
    service.release(7);
    expect((await answer).json()).toEqual({ n: 7 });
  });

  it('frees a place once the answer is ready to send, however slowly its bytes go out', async () => {
    const service = serviceWithGate(1);
    close = () => service.app.close();
    const slow = service.app.inject('/slow-answer');
    for (let i = 0; i < 5; i += 1) await service.settle();
    const next = service.app.inject('/work/8');
    for (let i = 0; i < 5; i += 1) await service.settle();
    expect(service.started).toEqual([8]);
    service.release(8);
    expect((await next).json()).toEqual({ n: 8 });
    service.release(0);
    expect((await slow).body).toBe('first part;last part');
  });

  it('never queues a multipart upload, which reads its own body in its handler', async () => {
    const service = serviceWithGate(1);
    close = () => service.app.close();
    service.app.addContentTypeParser('multipart/form-data', (_request, _payload, done) => done(null));
    const holding = service.app.inject('/work/9');
    for (let i = 0; i < 5; i += 1) await service.settle();
    const upload = await service.app.inject({
      method: 'POST',
      url: '/upload',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x--',
    });
    expect(upload.json()).toEqual({ uploaded: true });
    service.release(9);
    expect((await holding).json()).toEqual({ n: 9 });
  });
});
