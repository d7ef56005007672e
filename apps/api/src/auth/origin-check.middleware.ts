import { CommonReason } from '@clapper/domain/refusals';
import type { NextFunction, Request, Response } from 'express';
import { toErrorBody } from '../common/all-exceptions.filter.js';
import { DomainError } from '../common/domain-error.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one-click unsubscribe of a message (RFC 8058): mail providers POST `List-Unsubscribe=One-Click` from their own
 * servers, with no Origin, and a mail app may do it in a browser that holds a session. The unguessable token in the
 * address is what allows it (it only switches a kind of message off), so a forged request cannot use it: it passes.
 * The path is the API's (notification-paths.ts), as Express gives it under the /api mount.
 */
const ONE_CLICK_UNSUBSCRIBE = /^\/notifications\/unsubscribe\/[A-Za-z0-9_-]+\/?$/;

/**
 * CSRF protection on top of the SameSite cookie: a state-changing request from a browser must come from
 * one of our own origins. Requests that carry no session cookie cannot act as anyone and pass.
 * Runs after cookie-parser (bootstrap.ts), whose req.cookies it reads.
 */
export function originCheck(allowedOrigins: string[], cookieName: string) {
  const allowed = new Set(allowedOrigins);
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE.has(req.method)) return next();
    if (req.method === 'POST' && ONE_CLICK_UNSUBSCRIBE.test(req.path)) return next();
    const origin = req.headers.origin ?? refererOrigin(req.headers.referer);
    // the cookie as cookie-parser read it (and as the session lookup reads it: AccessGuard), never a substring of
    // the raw header, which `clapper_session =…` (a space) or another cookie's name ending in it would fool
    const cookies = req.cookies as Record<string, unknown> | undefined;
    const hasSession = typeof cookies?.[cookieName] === 'string' && cookies[cookieName] !== '';
    const fetchSite = req.headers['sec-fetch-site'];
    const crossSite = fetchSite === 'cross-site' || fetchSite === 'same-site';
    if ((origin && !allowed.has(origin)) || (!origin && hasSession) || (crossSite && !origin)) {
      const body = toErrorBody(
        new DomainError('csrf_origin', CommonReason.CsrfOrigin, 'This request did not come from the Clapper site. Reload the page and try again.', {}),
      );
      res.status(body.statusCode).json(body);
      return;
    }
    next();
  };
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'invalid';
  }
}
