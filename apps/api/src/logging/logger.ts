import { pino, type DestinationStream, type LoggerOptions, type Logger as PinoLogger } from 'pino';
import type { LoggerService } from '@nestjs/common';
import { currentLogContext } from './log-context.js';

export type Logger = PinoLogger;
export const LOGGER = Symbol('LOGGER');

/**
 * Structured JSON logs. Cookies, auth headers, passwords and tokens are never written. Each line written while
 * serving a request carries its reqId, and while running a job its jobId (log-context.ts).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: { service: 'clapper' },
    mixin: () => ({ ...currentLogContext() }),
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.token', 'password', 'token'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

const EMAIL = /[^\s<>()[\]"',;:@]+@[^\s<>()[\]"',;:@]+\.[A-Za-z]{2,}/g;

/**
 * An error for a log line: its type, code and message with e-mail addresses taken out (a mail server's refusal
 * names the recipient, and students' addresses are never logged).
 */
export function errorFields(err: unknown): { type: string; code?: unknown; message: string } {
  if (!(err instanceof Error)) return { type: typeof err, message: String(err).replace(EMAIL, '<email>') };
  const code = (err as { code?: unknown }).code;
  return { type: err.name, ...(code === undefined ? {} : { code }), message: err.message.replace(EMAIL, '<email>') };
}

/** Lets Nest's own messages go through pino. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  /** Nest's routine start-up chatter goes to debug. */
  log(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
