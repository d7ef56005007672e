import { CommonReason } from '@clapper/domain/refusals';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable, toErrorBody } from './all-exceptions.filter.js';
import { DomainError } from './domain-error.js';
import { StorageError } from '../storage/storage.port.js';

const errno = (code: string, syscall = 'connect') =>
  Object.assign(new Error(`${syscall} ${code} 127.0.0.1:54329`), { code, syscall, address: '127.0.0.1', port: 54329 });
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: 'FATAL' });
const wrapped = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('database unavailable: connection failures, not query failures', () => {
  it.each([
    ['connection refused', errno('ECONNREFUSED')],
    ['refused on every address (AggregateError)', Object.assign(new AggregateError([errno('ECONNREFUSED'), errno('ECONNREFUSED')]), { code: 'ECONNREFUSED' })],
    ['reset by the server', errno('ECONNRESET', 'read')],
    ['connection terminated unexpectedly', new Error('Connection terminated unexpectedly')],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['administrator shutdown (57P01), wrapped by TypeORM', wrapped(pgError('57P01', 'terminating connection due to administrator command'))],
    ['crash shutdown (57P02)', pgError('57P02', 'terminating connection because of crash of another server process')],
    ['starting up (57P03)', pgError('57P03', 'the database system is starting up')],
    ['too many connections (53300)', pgError('53300', 'sorry, too many clients already')],
    ['connection failure (08006) as a cause', new Error('query failed', { cause: pgError('08006', 'connection failure') })],
  ])('%s → 503 service_unavailable with a wait and no internals', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    const body = toErrorBody(error);
    expect(body).toEqual({
      statusCode: 503,
      code: 'service_unavailable',
      message: 'The database is not answering. Please try again in a moment.',
      reason: 'common.database_unavailable',
      params: { retryAfterSeconds: 5 },
    });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|54329|ECONN|terminat/);
  });

  it.each([
    ['unique violation (23505)', wrapped(pgError('23505', 'duplicate key value violates unique constraint'))],
    ['undefined table (42P01)', wrapped(pgError('42P01', 'relation "x" does not exist'))],
    ['serialization failure (40001)', wrapped(pgError('40001', 'could not serialize access'))],
    ['statement timeout (57014)', wrapped(pgError('57014', 'canceling statement due to statement timeout'))],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('%s → not the database being down (500)', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(toErrorBody(error)).toMatchObject({ statusCode: 500, code: 'internal' });
  });

  it('leaves storage and domain errors as they are', () => {
    expect(toErrorBody(new StorageError('unavailable', 'connect ECONNREFUSED 127.0.0.1:9090'))).toMatchObject({ statusCode: 503, code: 'storage_unavailable' });
    expect(toErrorBody(new DomainError('conflict', CommonReason.Conflict, 'Taken.', {}))).toMatchObject({
      statusCode: 409,
      code: 'conflict',
      reason: 'common.conflict',
      params: {},
    });
    expect(toErrorBody(new StorageError('not_found', 'NoSuchKey'))).toMatchObject({ statusCode: 404, reason: 'common.not_found', params: { thing: 'file' } });
  });
});
