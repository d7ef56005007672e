import { Controller, Get, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/access.decorator.js';
import { HealthService } from './health.service.js';

class PartStateDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';
  @ApiProperty({ required: false, description: 'migrations only: how many this build has that the database has not applied' })
  pending?: number;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'] })
  status: 'ok' | 'error';
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/PartStateDto' },
    example: { database: { status: 'up' }, storage: { status: 'up' }, migrations: { status: 'up' } },
  })
  info: Record<string, PartStateDto>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/PartStateDto' },
    example: {},
    description: 'the parts that are down, by name (database, storage, migrations); never why',
  })
  error: Record<string, PartStateDto>;
}

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';
}

/**
 * Liveness (the process answers) and readiness (it can serve: database, storage, migrations). `/api/health` is
 * readiness, kept for the tools that already call it.
 */
@ApiTags('health')
@ApiExtraModels(PartStateDto)
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Readiness, under its older name: 503 naming the failing part when the database or storage is down. */
  @Get()
  @Public()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto })
  check(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    return this.ready(res);
  }

  /** The process answers; asks nothing of the database or storage (a restart would not fix them). */
  @Get('live')
  @Public()
  @ApiOkResponse({ type: LivenessDto })
  live(): LivenessDto {
    return { status: 'ok' };
  }

  /** The database and storage answer and every migration is applied; 503 naming the failing part otherwise. */
  @Get('ready')
  @Public()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto })
  async ready(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    const { ready, info, error } = await this.health.readiness();
    if (!ready) res.status(503);
    res.setHeader('Cache-Control', 'no-store');
    return { status: ready ? 'ok' : 'error', info, error };
  }
}
