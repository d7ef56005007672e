import { pino, type Logger as PinoLogger } from 'pino';
import type { LoggerService } from '@nestjs/common';

export type Logger = PinoLogger;
export const LOGGER = Symbol('LOGGER');

/** Structured JSON logs. Cookies, auth headers, passwords and tokens are never written. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'clapper' },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.token', 'password', 'token'],
      censor: '[redacted]',
    },
  });
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
