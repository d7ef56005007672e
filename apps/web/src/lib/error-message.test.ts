import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { errorMessage, problemText } from './error-message';
import { formatDuration } from './format';
import { loadLocale } from './i18n';
import { i18n } from './translator';

const t = i18n.t;

const refusal = (reason: ConstructorParameters<typeof ApiError>[1] & object) => new ApiError(reason.statusCode ?? 400, reason);

describe('errorMessage: the one way a refusal reaches a page', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('renders the reason with its facts, never the English message the server sent', () => {
    const e = refusal({ statusCode: 404, code: 'not_found', reason: 'common.not_found', params: { thing: 'round' }, message: 'The round was not found.' });
    expect(errorMessage(t, e)).toBe('The round was not found. It may have been removed, or the link may be wrong.');
  });

  it('keeps every fact in another language (Japanese: the wait, in Japanese units)', async () => {
    const e = refusal({
      statusCode: 503,
      code: 'service_unavailable',
      reason: 'common.database_unavailable',
      params: { retryAfterSeconds: 90 },
      message: 'The database is not answering.',
    });
    await i18n.changeLanguage('ja');
    const text = errorMessage(t, e);
    expect(text).toContain(formatDuration(90, 'ja'));
    expect(text).not.toContain('database');
  });

  it('renders in Thai with the thing and the limit in Thai, and no English', async () => {
    await loadLocale('th');
    await i18n.changeLanguage('th');
    const e = refusal({ statusCode: 404, code: 'not_found', reason: 'common.not_found', params: { thing: 'round' }, message: 'The round was not found.' });
    expect(errorMessage(t, e)).toBe('ไม่พบรอบนี้ อาจถูกลบไปแล้ว หรือลิงก์อาจไม่ถูกต้อง');
    expect(problemText(t, { reason: 'field.too_long', params: { max: 1200 } })).toBe(`ใช้ไม่เกิน ${new Intl.NumberFormat('th').format(1200)} ตัวอักษร`);
  });

  it('falls back to the translated message for its code when the reason has no text', () => {
    const e = new ApiError(409, { statusCode: 409, code: 'conflict', params: {}, message: 'Some English.' });
    expect(errorMessage(t, e)).toBe(t('errors.conflict'));
    expect(errorMessage(t, new Error('boom'))).toBe(t('errors.unknown'));
  });

  it('renders a field problem with its limit in the reader’s digits', () => {
    expect(problemText(t, { reason: 'field.too_long', params: { max: 1200 } })).toBe('Use at most 1,200 characters.');
    expect(problemText(t, { reason: 'field.not_one_of', params: { allowed: ['national', 'regional_final'] } })).toBe(
      'Choose one of: national or regional_final.',
    );
    expect(problemText(t, { reason: 'nobody.knows', params: {} })).toBeNull();
  });
});

describe('formatDuration', () => {
  it('names minutes and seconds in the language', () => {
    expect(formatDuration(220, 'en')).toMatch(/3 min.*40 sec/);
    expect(formatDuration(0, 'en')).toMatch(/0 sec/);
  });
});
