import { createLogger, errorFields } from './logger.js';
import { runWithLogContext } from './log-context.js';

describe('logger', () => {
  it('adds the request or job context to every line written inside it, and nothing outside', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger('info', { write: (chunk: string) => void lines.push(JSON.parse(chunk) as Record<string, unknown>) });
    logger.info('outside');
    await runWithLogContext({ reqId: 'r-1' }, async () => {
      await new Promise((r) => setTimeout(r, 1));
      logger.child({ component: 'x' }).info('inside a request');
    });
    await runWithLogContext({ jobId: 'j-1', job: 'mail.send' }, async () => logger.warn('inside a job'));
    expect(lines.map(({ msg, reqId, jobId, job }) => ({ msg, reqId, jobId, job }))).toEqual([
      { msg: 'outside', reqId: undefined, jobId: undefined, job: undefined },
      { msg: 'inside a request', reqId: 'r-1', jobId: undefined, job: undefined },
      { msg: 'inside a job', reqId: undefined, jobId: 'j-1', job: 'mail.send' },
    ]);
  });

  it('keeps e-mail addresses out of logged errors', () => {
    const err = Object.assign(new Error('550 5.1.1 <ana.student@school.example.th>: Recipient address rejected'), { code: 'EENVELOPE' });
    expect(errorFields(err)).toEqual({ type: 'Error', code: 'EENVELOPE', message: '550 5.1.1 <<email>>: Recipient address rejected' });
    expect(errorFields('to someone@example.org failed')).toEqual({ type: 'string', message: 'to <email> failed' });
  });
});
