import { afterEach, describe, expect, it, vi } from 'vitest';
import { datetimeLocalToIso, isoToDatetimeLocal } from './datetime-local';

// Node re-reads TZ when it is assigned, so each test can pick the viewer's zone
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('datetime-local ↔ UTC', () => {
  it('reads the input in the viewer’s zone (Tokyo, UTC+9)', () => {
    vi.stubEnv('TZ', 'Asia/Tokyo');
    expect(datetimeLocalToIso('2027-03-01T09:00')).toBe('2027-03-01T00:00:00.000Z');
    expect(isoToDatetimeLocal('2027-03-01T00:00:00.000Z')).toBe('2027-03-01T09:00');
  });

  it('crosses the date line backwards (Bangkok, UTC+7)', () => {
    vi.stubEnv('TZ', 'Asia/Bangkok');
    expect(datetimeLocalToIso('2027-01-01T03:30')).toBe('2026-12-31T20:30:00.000Z');
    expect(isoToDatetimeLocal('2026-12-31T20:30:00Z')).toBe('2027-01-01T03:30');
  });

  it('follows daylight saving time (New York in July is UTC−4)', () => {
    vi.stubEnv('TZ', 'America/New_York');
    expect(datetimeLocalToIso('2027-07-01T12:00')).toBe('2027-07-01T16:00:00.000Z');
    expect(datetimeLocalToIso('2027-01-01T12:00')).toBe('2027-01-01T17:00:00.000Z');
  });

  it('round-trips', () => {
    vi.stubEnv('TZ', 'Asia/Manila');
    const local = '2028-06-30T17:45';
    expect(isoToDatetimeLocal(datetimeLocalToIso(local))).toBe(local);
  });

  it('gives null or empty for missing and invalid values', () => {
    expect(datetimeLocalToIso('')).toBeNull();
    expect(datetimeLocalToIso('tomorrow')).toBeNull();
    expect(isoToDatetimeLocal(null)).toBe('');
    expect(isoToDatetimeLocal('not a date')).toBe('');
  });
});
