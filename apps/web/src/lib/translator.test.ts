import { describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, formatFileSize } from './format';
import { formatDuration } from './format';
import { countryName, languageName, registerFormats } from './i18n-formats';
import { createTranslator, type Catalog } from './translator';

/** A translator holding these catalogs, with the app's formats. */
function translator(catalogs: Record<string, Catalog>, lng = 'en', missing?: (key: string) => void) {
  const i18n = createTranslator({ lng, missing });
  for (const [code, catalog] of Object.entries(catalogs)) i18n.addResources(code, catalog);
  registerFormats(i18n);
  return i18n;
}

const num = (n: number, lng: string) => new Intl.NumberFormat(lng).format(n);

describe('plural forms, by the language’s CLDR rule (Intl.PluralRules)', () => {
  const en = { votes_one: '{{count}} vote', votes_other: '{{count}} votes' };

  it('English: one and other; 0 is other', () => {
    const t = translator({ en: { v: en } }).t;
    expect(t('v.votes', { count: 1 })).toBe('1 vote');
    expect(t('v.votes', { count: 2 })).toBe('2 votes');
    expect(t('v.votes', { count: 0 })).toBe('0 votes');
    expect(t('v.votes', { count: 1.5 })).toBe('1.5 votes');
  });

  it('reads <key>_zero first for a count of 0, in any language', () => {
    const i18n = translator({
      en: { t: { teachers_zero: 'No teacher yet', teachers_one: 'One teacher', teachers_other: '{{count}} teachers' } },
      th: { t: { teachers_zero: 'ยังไม่มีครู', teachers_other: 'ครู {{count}} คน' } },
    });
    expect(i18n.t('t.teachers', { count: 0 })).toBe('No teacher yet');
    expect(i18n.t('t.teachers', { count: 1 })).toBe('One teacher');
    expect(i18n.getFixedT('th')('t.teachers', { count: 0 })).toBe('ยังไม่มีครู');
    expect(i18n.getFixedT('th')('t.teachers', { count: 1 })).toBe('ครู 1 คน');
  });

  it('Thai and Japanese have no plural forms: every count reads _other, even where a catalog also has _one', () => {
    const i18n = translator({
      en: { v: en },
      th: { v: { votes_other: '{{count}} คะแนน' } },
      ja: { v: { votes_one: '{{count}}票（単数）', votes_other: '{{count}}票' } },
    });
    expect(i18n.getFixedT('th')('v.votes', { count: 1 })).toBe('1 คะแนน');
    expect(i18n.getFixedT('th')('v.votes', { count: 7 })).toBe('7 คะแนน');
    expect(i18n.getFixedT('ja')('v.votes', { count: 1 })).toBe('1票');
    expect(i18n.getFixedT('ja')('v.votes', { count: 3 })).toBe('3票');
  });

  it('Filipino: one for 1, 2, 3 and 5, other for 4, 6 and 9', () => {
    const fil = translator({ en: { v: en }, fil: { v: { votes_one: '{{count}} boto', votes_other: '{{count}} na boto' } } }).getFixedT('fil');
    expect([1, 2, 3, 4, 5, 6, 9, 10].map((count) => fil('v.votes', { count }))).toEqual([
      '1 boto',
      '2 boto',
      '3 boto',
      '4 na boto',
      '5 boto',
      '6 na boto',
      '9 na boto',
      '10 boto',
    ]);
  });

  it('Portuguese, the catalogs’ one language with three forms: many for a million', () => {
    const pt = translator({
      en: { v: en },
      pt: { v: { votes_one: '{{count}} voto', votes_many: '{{count}} de votos', votes_other: '{{count}} votos' } },
    }).getFixedT('pt');
    expect(pt('v.votes', { count: 1 })).toBe('1 voto');
    expect(pt('v.votes', { count: 2 })).toBe('2 votos');
    expect(pt('v.votes', { count: 1_000_000 })).toBe('1000000 de votos');
  });

  it('falls back to the plain key, then to English with English’s rule, never to another form of the language', () => {
    const i18n = translator({
      en: { v: en, w: { plain: '{{count}} in all' } },
      pt: { v: { votes_other: '{{count}} votos' }, w: { plain: '{{count}} ao todo' } },
    });
    const pt = i18n.getFixedT('pt');
    expect(pt('w.plain', { count: 3 })).toBe('3 ao todo');
    expect(pt('v.votes', { count: 3 })).toBe('3 votos');
    expect(pt('v.votes', { count: 1 })).toBe('1 vote'); // pt lacks _one: English's _one, as i18next
  });

  it('a count given as a string is a value, not a plural', () => {
    const t = translator({ en: { v: { ...en, votes: 'votes: {{count}}' } } }).t;
    expect(t('v.votes', { count: '1' })).toBe('votes: 1');
  });

  it('exists() sees the plural forms when given the count', () => {
    const i18n = translator({ en: { v: en } });
    expect(i18n.exists('v.votes', { count: 2 })).toBe(true);
    expect(i18n.exists('v.votes')).toBe(false);
    expect(i18n.exists('v.nothing', { count: 2 })).toBe(false);
  });
});

describe('interpolation', () => {
  const t = translator({
    en: {
      s: {
        hello: 'Hello {{name}}, {{ name }}!',
        two: '{{a}} and {{b}}',
        html: 'Say {{what}}',
      },
    },
  }).t;

  it('puts values in as they are: numbers as strings, no HTML escaping, and never interpolates a value again', () => {
    expect(t('s.hello', { name: 'Malee' })).toBe('Hello Malee, Malee!');
    expect(t('s.two', { a: 3, b: true })).toBe('3 and true');
    expect(t('s.html', { what: '<b>"Tom & Jerry"</b>' })).toBe('Say <b>"Tom & Jerry"</b>');
    expect(t('s.two', { a: '{{b}}', b: 'x' })).toBe('{{b}} and x');
  });

  it('leaves a placeholder whose value is not passed; one passed as undefined or null is empty', () => {
    expect(t('s.two', { a: 1 })).toBe('1 and {{b}}');
    expect(t('s.two')).toBe('{{a}} and {{b}}');
    expect(t('s.two', { a: undefined, b: null })).toBe(' and ');
  });
});

describe('formats ({{value, format}})', () => {
  const catalog = {
    f: {
      number: '{{n, number}}',
      instant: '{{at, instant}}',
      day: '{{on, day}}',
      duration: '{{seconds, duration}}',
      bytes: '{{size, bytes}}',
      country: '{{country, country}}',
      countries: '{{countries, countries}}',
      language: '{{language, language}}',
      languages: '{{languages, languages}}',
      list: '{{items, list}}',
      orList: '{{items, orList}}',
      thing: '{{thing, thing}}',
      upper: '{{codec, upper}}',
      unknown: '{{n, nosuch}}',
      missing: '{{n, number}}!',
    },
    refusals: { things: { round: 'The round' } },
  };
  const i18n = translator({ en: catalog, th: { refusals: { things: { round: 'รอบนี้' } } } });

  it.each(['en', 'th', 'ja'])('shapes each value in the reader’s language (%s), also in a string read from English', (lng) => {
    const t = i18n.getFixedT(lng);
    expect(t('f.number', { n: 1234567.5 })).toBe(num(1234567.5, lng));
    expect(t('f.instant', { at: '2027-03-01T10:00:00Z' })).toBe(formatDateTime('2027-03-01T10:00:00Z', lng));
    expect(t('f.day', { on: '2027-04-01' })).toBe(formatDate('2027-04-01', lng));
    expect(t('f.duration', { seconds: 220 })).toBe(formatDuration(220, lng));
    expect(t('f.bytes', { size: 3 * 1024 * 1024 })).toBe(formatFileSize(3 * 1024 * 1024, lng));
    expect(t('f.country', { country: 'th' })).toBe(countryName('th', lng));
    // named, then in the reader's alphabetical order
    const names = [countryName('TH', lng), countryName('JP', lng)].sort(new Intl.Collator(lng).compare);
    expect(t('f.countries', { countries: ['TH', 'JP'] })).toBe(new Intl.ListFormat(lng).format(names));
    expect(t('f.language', { language: 'ja' })).toBe(languageName('ja', lng));
    expect(t('f.languages', { languages: ['ja', 'th'] })).toBe(new Intl.ListFormat(lng).format([languageName('ja', lng), languageName('th', lng)]));
    expect(t('f.list', { items: ['MP4', 'MOV', 'WebM'] })).toBe(new Intl.ListFormat(lng).format(['MP4', 'MOV', 'WebM']));
    expect(t('f.orList', { items: ['MP4', 'MOV'] })).toBe(new Intl.ListFormat(lng, { type: 'disjunction' }).format(['MP4', 'MOV']));
    expect(t('f.upper', { codec: 'h264' })).toBe('H264');
  });

  it('names a thing from the catalogs, in the language asked for', () => {
    expect(i18n.getFixedT('en')('f.thing', { thing: 'round' })).toBe('The round');
    expect(i18n.getFixedT('th')('f.thing', { thing: 'round' })).toBe('รอบนี้');
  });

  it('the number of a plural string is formatted too', () => {
    const t = translator({ en: { v: { votes_one: '{{n, number}} vote', votes_other: '{{n, number}} votes' } } }).getFixedT('th');
    expect(t('v.votes', { count: 12000, n: 12000 })).toBe(`${num(12000, 'th')} votes`);
  });

  it('`lng` picks the language of the string and of its formats', () => {
    expect(i18n.t('f.number', { n: 1234.5, lng: 'de' })).toBe(num(1234.5, 'de'));
    expect(i18n.t('f.thing', { thing: 'round', lng: 'th' })).toBe('รอบนี้');
  });

  it('an unknown format, or a value its format refuses, shows the value as it is; a missing value leaves the placeholder', () => {
    const refusing = translator({ en: { f: { odd: '{{v, odd}}' } } });
    refusing.formats.odd = () => {
      throw new RangeError('not this one');
    };
    expect(i18n.t('f.unknown', { n: 5 })).toBe('5');
    expect(refusing.t('f.odd', { v: 'x' })).toBe('x');
    expect(i18n.t('f.missing')).toBe('{{n, number}}!');
    expect(i18n.t('f.missing', { n: null })).toBe('!');
  });
});

describe('lookup and fallback', () => {
  const i18n = translator(
    {
      en: { nav: { home: 'Home', competitions: 'Competitions', empty: '' }, deep: { a: { b: 'deep' } } },
      th: { nav: { home: 'หน้าแรก' } },
    },
    'th',
  );

  it('falls back to English key by key', () => {
    expect(i18n.t('nav.home')).toBe('หน้าแรก');
    expect(i18n.t('nav.competitions')).toBe('Competitions');
    expect(i18n.t('deep.a.b')).toBe('deep');
  });

  it('a key no catalog has shows as itself, or as its defaultValue (interpolated); an object is not a text', () => {
    expect(i18n.t('nav.nowhere')).toBe('nav.nowhere');
    expect(i18n.t('nav')).toBe('nav');
    expect(i18n.t('nav.home.deeper')).toBe('nav.home.deeper');
    expect(i18n.t('constructor')).toBe('constructor');
    expect(i18n.t('nav.__proto__')).toBe('nav.__proto__');
    expect(i18n.t('roles.judge', { defaultValue: 'judge' })).toBe('judge');
    expect(i18n.t('x.y', { defaultValue: '{{n}} left', n: 2 })).toBe('2 left');
    expect(i18n.t('x.y', { defaultValue: '' })).toBe('');
    expect(i18n.t('nav.home', { defaultValue: 'unused' })).toBe('หน้าแรก');
  });

  it('an empty string in a catalog is its text, as in i18next', () => {
    expect(i18n.t('nav.empty')).toBe('');
  });

  it('tells `missing` each key it lacks', () => {
    const missing = vi.fn();
    const t = translator({ en: { a: { b: 'B' } } }, 'en', missing).t;
    t('a.b');
    t('a.c', { defaultValue: 'C' });
    t('a.d');
    expect(missing.mock.calls).toEqual([['a.c'], ['a.d']]);
  });

  it('a fixed language stays fixed whatever the translator’s language', async () => {
    const en = i18n.getFixedT('en');
    await i18n.changeLanguage('ja');
    expect(en('nav.home')).toBe('Home');
    await i18n.changeLanguage('th');
  });
});

describe('catalog parts and language changes', () => {
  it('merges each part into its locale, deeply, without changing the part', () => {
    const part = { results: { page: { title: 'Results' } } };
    const i18n = translator({ en: { nav: { home: 'Home' } } });
    i18n.addResources('en', part);
    i18n.addResources('en', { results: { page: { lead: 'Lead' } }, nav: { home: 'Start' } });
    expect(i18n.resources.en).toEqual({ nav: { home: 'Start' }, results: { page: { title: 'Results', lead: 'Lead' } } });
    expect(part).toEqual({ results: { page: { title: 'Results' } } });
  });

  it('tells its subscribers of a new language and of each part added, until they unsubscribe', async () => {
    const i18n = translator({ en: { nav: { home: 'Home' } } });
    const listener = vi.fn();
    const stop = i18n.subscribe(listener);
    const before = i18n.version;
    await i18n.changeLanguage('th');
    expect(i18n.language).toBe('th');
    expect(listener).toHaveBeenCalledTimes(1);
    await i18n.changeLanguage('th'); // the same: nothing to tell
    expect(listener).toHaveBeenCalledTimes(1);
    expect(i18n.t('nav.home')).toBe('Home');
    i18n.addResources('th', { nav: { home: 'หน้าแรก' } });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(i18n.t('nav.home')).toBe('หน้าแรก');
    expect(i18n.version).toBe(before + 2);
    stop();
    await i18n.changeLanguage('en');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

/** Every catalog, by locale and namespace file. */
const files = import.meta.glob<Catalog>('../locales/*/*.json', { eager: true, import: 'default' });

function leaves(node: Catalog, prefix: string, out: [string, string][] = []): [string, string][] {
  for (const [k, v] of Object.entries(node)) {
    if (typeof v === 'string') out.push([`${prefix}.${k}`, v]);
    else leaves(v, `${prefix}.${k}`, out);
  }
  return out;
}

describe('the catalogs use only what the translator reads', () => {
  const all = Object.entries(files).flatMap(([file, catalog]) => leaves(catalog, file.replace(/^\.\.\/locales\//, '').replace(/\.json$/, '')));
  const formats = Object.keys(translator({}).formats);

  it('reads every catalog file', () => {
    expect(Object.keys(files).length).toBeGreaterThan(14 * 20);
    expect(all.length).toBeGreaterThan(10_000);
  });

  it('no nesting ($t(…)), no {{- unescaped}}, no format options, only registered formats', () => {
    const odd = all.filter(([, text]) => {
      if (text.includes('$t(')) return true;
      return [...text.matchAll(/\{\{(.+?)\}\}/g)].some(([, inner]) => {
        const [name, format, ...more] = inner.split(',').map((s) => s.trim());
        if (!/^\w+$/.test(name) || more.length) return true;
        return format !== undefined && !formats.includes(format.toLowerCase());
      });
    });
    expect(odd).toEqual([]);
  });

  it('no ordinal plural keys (results’ ordinals are keys of their own, read by features/results/utils/format.ts), no dots in a key', () => {
    expect(all.filter(([key]) => /_ordinal_/.test(key))).toEqual([]);
    const names = (node: Catalog): string[] => Object.entries(node).flatMap(([k, v]) => [k, ...(typeof v === 'string' ? [] : names(v))]);
    expect(
      Object.values(files)
        .flatMap(names)
        .filter((k) => k.includes('.')),
    ).toEqual([]);
  });
});
