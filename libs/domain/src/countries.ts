/** The participating countries seeded for an ASEAN–Japan edition: the ASEAN member states (Timor-Leste included) and Japan. */
export interface CountrySeed {
  code: string; // ISO 3166-1 alpha-2
  names: Record<string, string>; // language code -> name
}

export const ASEAN_JAPAN_COUNTRIES: readonly CountrySeed[] = [
  { code: 'BN', names: { en: 'Brunei Darussalam', ja: 'ブルネイ', ms: 'Brunei Darussalam' } },
  { code: 'KH', names: { en: 'Cambodia', ja: 'カンボジア', km: 'កម្ពុជា' } },
  { code: 'ID', names: { en: 'Indonesia', ja: 'インドネシア', id: 'Indonesia' } },
  { code: 'JP', names: { en: 'Japan', ja: '日本' } },
  { code: 'LA', names: { en: 'Lao PDR', ja: 'ラオス', lo: 'ລາວ' } },
  { code: 'MY', names: { en: 'Malaysia', ja: 'マレーシア', ms: 'Malaysia' } },
  { code: 'MM', names: { en: 'Myanmar', ja: 'ミャンマー', my: 'မြန်မာ' } },
  { code: 'PH', names: { en: 'Philippines', ja: 'フィリピン', fil: 'Pilipinas' } },
  { code: 'SG', names: { en: 'Singapore', ja: 'シンガポール', ms: 'Singapura', zh: '新加坡' } },
  { code: 'TH', names: { en: 'Thailand', ja: 'タイ', th: 'ประเทศไทย' } },
  { code: 'TL', names: { en: 'Timor-Leste', ja: '東ティモール', pt: 'Timor-Leste', tet: "Timór Lorosa'e" } },
  { code: 'VN', names: { en: 'Viet Nam', ja: 'ベトナム', vi: 'Việt Nam' } },
];

export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value);
}
