import type { Response } from 'express';
import type { AppConfig } from '../config/config.js';

export function setSessionCookie(res: Response, config: AppConfig, token: string, expiresAt: Date): void {
  res.cookie(config.session.cookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.session.cookieSecure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(config.session.cookieName, { httpOnly: true, sameSite: 'lax', secure: config.session.cookieSecure, path: '/' });
}
