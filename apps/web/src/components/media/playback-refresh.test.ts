import { describe, expect, it } from 'vitest';
import { MIN_REFRESH_DELAY_MS, REFRESH_BEFORE_MS, refreshDelayMs } from './playback-refresh';

describe('refreshDelayMs', () => {
  const now = Date.parse('2027-01-01T00:00:00Z');
  it('asks a minute before the URLs expire', () => {
    expect(refreshDelayMs('2027-01-01T01:00:00Z', now)).toBe(3_600_000 - REFRESH_BEFORE_MS);
  });
  it('waits a little when they are about to expire or already have', () => {
    expect(refreshDelayMs('2027-01-01T00:00:30Z', now)).toBe(MIN_REFRESH_DELAY_MS);
    expect(refreshDelayMs('2026-12-31T00:00:00Z', now)).toBe(MIN_REFRESH_DELAY_MS);
  });
  it('never schedules past what setTimeout can hold, nor on an unreadable date', () => {
    expect(refreshDelayMs('2099-01-01T00:00:00Z', now)).toBe(2 ** 31 - 1);
    expect(refreshDelayMs('not a date', now)).toBe(2 ** 31 - 1);
  });
});
