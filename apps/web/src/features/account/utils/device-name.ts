import type { TFunction } from '../../../lib/translator';

/** "Chrome on Android" in the reader's language, from the browser and system the API recognised (product names). */
export function deviceName(t: TFunction, device: { browser: string | null; os: string | null }): string {
  if (device.browser && device.os) return t('accountSecurity.device.browserOnOs', { browser: device.browser, os: device.os });
  if (device.browser) return device.browser;
  if (device.os) return t('accountSecurity.device.someBrowserOnOs', { os: device.os });
  return t('accountSecurity.device.unknown');
}
