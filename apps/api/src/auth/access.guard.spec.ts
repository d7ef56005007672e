import { Controller, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import { AccessGuard } from './access.guard.js';
import { Public, Roles } from './access.decorator.js';
import { Actor } from './actor.js';
import type { SessionService } from './session.service.js';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../logging/logger.js';
import { DomainError } from '../common/domain-error.js';

@Controller()
class Sample {
  @Get('open') @Public() open() {}
  @Get('forgot') forgot() {}
  @Get('organisers') @Roles('organiser') organisers() {}
}

const actor = (role: 'student' | 'organiser') => new Actor('u1', 's1', 'a@b.c', 'A', 'TH', null, [{ role }]);

function contextFor(handler: () => void, cookie?: string): ExecutionContext {
  const req = { cookies: cookie ? { clapper_session: cookie } : {} };
  return {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => Sample,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

// The session lookup is faked here (a unit test of the rule); integration tests use real sessions.
const sessions = {
  resolve: async (token: string) => (token === 'org' ? actor('organiser') : token === 'stu' ? actor('student') : null),
} as unknown as SessionService;
const guard = new AccessGuard(new Reflector(), sessions, loadConfig({}), createLogger('silent'));
const codeOf = async (p: Promise<unknown>) => ((await p.catch((e: unknown) => e)) as DomainError).code;

describe('AccessGuard', () => {
  it('refuses a handler without an access declaration to everyone, even organisers', async () => {
    expect(await codeOf(guard.canActivate(contextFor(Sample.prototype.forgot)))).toBe('access_undeclared');
    expect(await codeOf(guard.canActivate(contextFor(Sample.prototype.forgot, 'org')))).toBe('access_undeclared');
  });
  it('lets anyone through a public handler', async () => {
    await expect(guard.canActivate(contextFor(Sample.prototype.open))).resolves.toBe(true);
  });
  it('asks anonymous callers to sign in and refuses the wrong role', async () => {
    expect(await codeOf(guard.canActivate(contextFor(Sample.prototype.organisers)))).toBe('unauthenticated');
    expect(await codeOf(guard.canActivate(contextFor(Sample.prototype.organisers, 'stu')))).toBe('forbidden');
    await expect(guard.canActivate(contextFor(Sample.prototype.organisers, 'org'))).resolves.toBe(true);
  });
});
