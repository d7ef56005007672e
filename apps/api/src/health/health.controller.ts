import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../auth/access.decorator.js';
import { StoragePort } from '../storage/storage.port.js';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'] })
  status: 'ok' | 'error';
  @ApiProperty({ example: { database: { status: 'up' }, storage: { status: 'up' } } })
  info: Record<string, { status: string }>;
  @ApiProperty({ example: {} })
  error: Record<string, { status: string; message?: string }>;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly storage: StoragePort,
  ) {}

  /** Database and storage reachability; 503 when either is down. */
  @Get()
  @Public()
  @ApiOkResponse({ type: HealthDto })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    try {
      const result = await this.health.check([
        () => this.db.pingCheck('database', { timeout: 3000 }),
        async () => {
          const s = this.indicators.check('storage');
          try {
            await this.storage.ping();
            return s.up();
          } catch (err) {
            return s.down({ message: err instanceof Error ? err.message : 'unreachable' });
          }
        },
      ]);
      return { status: 'ok', info: result.info ?? {}, error: result.error ?? {} } as HealthDto;
    } catch (err) {
      if (err instanceof ServiceUnavailableException) {
        const body = err.getResponse() as { info?: HealthDto['info']; error?: HealthDto['error'] };
        res.status(503);
        return { status: 'error', info: body.info ?? {}, error: body.error ?? {} };
      }
      throw err;
    }
  }
}
