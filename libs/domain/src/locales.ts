/**
 * Clapper's interface languages, their names in their own script (the language switcher shows these), and how a
 * browser's preference (navigator.languages, Accept-Language) maps onto them.
 */
export const LOCALES = ['en', 'ja', 'id', 'ms', 'th', 'vi', 'fil', 'km', 'lo', 'my', 'tet', 'pt', 'zh-Hans', 'ta'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in its own script, so that a reader finds theirs whatever language the page is in. */
export const AUTONYMS: Record<Locale, string> = {
  en: 'English',
  ja: '日本語',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  th: 'ไทย',
  vi: 'Tiếng Việt',
  fil: 'Filipino',
  km: 'ខ្មែរ',
  lo: 'ລາວ',
  my: 'မြန်မာ',
  tet: 'Tetun',
  pt: 'Português',
  'zh-Hans': '简体中文',
  ta: 'தமிழ்',
};

export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

/** Tags that name one of our locales in another way (legacy codes, regions, Tagalog for Filipino). */
const ALIASES: Record<string, Locale> = {
  in: 'id',
  tl: 'fil',
  zh: 'zh-Hans',
  'zh-cn': 'zh-Hans',
  'zh-sg': 'zh-Hans',
  'zh-my': 'zh-Hans',
  'zh-hans-cn': 'zh-Hans',
  'zh-hans-sg': 'zh-Hans',
  bur: 'my',
  tdt: 'tet',
};
/** Chinese in traditional script is not offered; falling to the next preference is better than simplified. */
const NOT_OURS = new Set(['zh-tw', 'zh-hk', 'zh-mo', 'zh-hant']);

/** One language tag ("th-TH", "zh-Hans-SG", "tl") → our locale, or null. */
/** An alias's locale; own keys only, so that 'constructor' or '__proto__' name nothing. */
const aliasOf = (t: string): Locale | null => (Object.hasOwn(ALIASES, t) ? ALIASES[t] : null);

export function localeOf(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const t = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!t) return null;
  const exact = LOCALES.find((l) => l.toLowerCase() === t);
  if (exact) return exact;
  const alias = aliasOf(t);
  if (alias) return alias;
  if ([...NOT_OURS].some((n) => t === n || t.startsWith(`${n}-`))) return null;
  const parts = t.split('-');
  for (let n = parts.length - 1; n >= 1; n--) {
    const prefix = parts.slice(0, n).join('-');
    const hit = LOCALES.find((l) => l.toLowerCase() === prefix) ?? aliasOf(prefix);
    if (hit) return hit;
  }
  return null;
}

/** The first of the reader's preferred languages (best first) that we offer, else English. */
export function bestLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const hit = localeOf(tag);
    if (hit) return hit;
  }
  return 'en';
}

/** Preferred language tags from an Accept-Language header, best first ("ja-JP,en;q=0.5" → ja-JP, en). */
export function acceptLanguageTags(header: string | undefined | null): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: (tag ?? '').trim(), weight: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((x) => x.tag && x.tag !== '*' && x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map((x) => x.tag);
}
