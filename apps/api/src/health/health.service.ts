import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { errorFields, LOGGER, type Logger } from '../logging/logger.js';
import { StoragePort } from '../storage/storage.port.js';

export type Part = 'database' | 'storage' | 'migrations';
export interface PartState {
  status: 'up' | 'down';
  /** migrations only: how many are not applied yet */
  pending?: number;
}
export interface Readiness {
  ready: boolean;
  info: Partial<Record<Part, PartState>>;
  error: Partial<Record<Part, PartState>>;
}

const CHECK_TIMEOUT_MS = 3000;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether this process can serve: the database and storage answer, and every migration it knows is applied.
 * The answer names the failing part and nothing more; what went wrong (addresses, messages) goes to the log.
 */
@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: StoragePort,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async readiness(): Promise<Readiness> {
    const [database, storage] = await Promise.all([this.part('database', () => this.db.query('SELECT 1')), this.part('storage', () => this.storage.ping())]);
    const states: Partial<Record<Part, PartState>> = { database, storage };
    // with the database down, whether migrations are applied is unknown: the database is the part to name
    if (database.status === 'up') states.migrations = await this.migrations();
    const info: Readiness['info'] = {};
    const error: Readiness['error'] = {};
    for (const [part, state] of Object.entries(states) as [Part, PartState][]) (state.status === 'up' ? info : error)[part] = state;
    return { ready: Object.keys(error).length === 0, info, error };
  }

  private async part(part: Part, check: () => Promise<unknown>): Promise<PartState> {
    try {
      await withTimeout(check(), part);
      return { status: 'up' };
    } catch (err) {
      this.logger.warn({ part, error: errorFields(err) }, `health: ${part} is down`);
      return { status: 'down' };
    }
  }

  /** Compares the migrations this build carries with the ones the database records as applied. */
  private async migrations(): Promise<PartState> {
    try {
      const known = this.db.migrations.map((m) => m.name ?? m.constructor.name);
      const rows: { name: string }[] = await withTimeout(
        this.db.query(`SELECT name FROM "${this.db.options.migrationsTableName ?? 'migrations'}"`),
        'migrations',
      );
      const applied = new Set(rows.map((r) => r.name));
      const pending = known.filter((name) => !applied.has(name)).length;
      if (pending === 0) return { status: 'up' };
      this.logger.warn({ part: 'migrations', pending }, 'health: migrations are not all applied');
      return { status: 'down', pending };
    } catch (err) {
      this.logger.warn({ part: 'migrations', error: errorFields(err) }, 'health: the applied migrations cannot be read');
      return { status: 'down' };
    }
  }
}
