import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access.guard.js';
import { Session } from './session.entity.js';
import { SessionService } from './session.service.js';
import { SessionsController } from './sessions.controller.js';
import { SignInFailure } from './sign-in-failure.entity.js';
import { SignInThrottle } from './sign-in-throttle.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Session, SignInFailure])],
  controllers: [SessionsController],
  providers: [SessionService, SignInThrottle, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SessionService, SignInThrottle],
})
export class AuthModule {}
