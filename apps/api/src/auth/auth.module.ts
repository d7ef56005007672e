import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../accounts/user.entity.js';
import { AccessGuard } from './access.guard.js';
import { Session } from './session.entity.js';
import { SessionService } from './session.service.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Session, User])],
  providers: [SessionService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SessionService],
})
export class AuthModule {}
