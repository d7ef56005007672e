#!/usr/bin/env node
// Regenerates apps/web/src/lib/format-data/<locale>.json: the CLDR data the formatters (libs/domain/src/formats.ts)
// fall back on in a browser whose Intl lacks a locale. Debian's Chromium (the e2e tests' browser) has no Khmer, Lao or
// Burmese at all: Intl answers in American English there (apps/web/src/locales/README.md, "Formats", has the survey of
// each locale in Node and Chromium). Node has full ICU and never needs these files.
//
// The data comes from the Unicode CLDR JSON packages on npm, at the versions pinned below (checked against their
// integrity), fetched with `npm pack` into a temporary folder: they are 35 MB each, so they are no dependency of the
// project. The order of the country names is computed with this Node's Intl.Collator for the locale (Node 24's ICU 78
// carries the same CLDR 48), so a browser without the locale still sorts countries in the reader's order.
//
// Usage: node scripts/cldr-format-data.mjs          (needs the npm registry; writes the files, prints their sizes)
//        node scripts/cldr-format-data.mjs --check  (exit 1 when a committed file differs from what it would write)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'apps/web/src/lib/format-data');

/** The locales a browser we test lacks (Debian's Chromium 156): add a locale here when another runtime lacks it. */
const FALLBACK_LOCALES = ['km', 'lo', 'my'];

const CLDR_VERSION = '48.2.0';
const PACKAGES = {
  'cldr-core': 'sha512-zfmLothncSwfv2jlevoSrgI2VGgH8SDGHXst6jUEotHA8nq9Igeg9jzdJDFtBso9pgJuG89DK16TzrmZDdo2Bg==',
  'cldr-dates-full': 'sha512-zMrKvjMO414HDftLr6vKH1fNQHakFNe+F1h4S0eg+zmL4WRi9pI41fxB3UrTJDY42MEM87jCuAw/qlqCgYKcAQ==',
  'cldr-localenames-full': 'sha512-4o0paYDz0UXhfhChAVFkmVl2CP0YTSEqE6WrC0fNafaSC5u5DAXphxH3SZ1Ujczarikr8DToKZfiok6EqWLdNQ==',
  'cldr-misc-full': 'sha512-dSc2Tr53dQcUGwsTinamEeoP2YXOhQrIZ+SyeuUrv4MzJOSjT/Q0qkSmX11ZwfcTbYSkIqbrgALQLhAm1yf5fA==',
  'cldr-numbers-full': 'sha512-0EQ+UkVDsyXOlxnWnL1RIENVZFqCnb04D1Yrku0obnOyttbuZz8tHmUd5c5AEvhGS/Gg2zI4fTaCm51LSGITog==',
  'cldr-units-full': 'sha512-BjDC7V46eeXzgalnIumrJ1XQDk8wJaOxNLME4hmkBT9Q0hnzxn3XgtavigPUwnljk7FxlNQW9Wx+hbFrARPrQg==',
};

/** Fetches each package at the pinned version into `dir`, checks its integrity, and unpacks it; returns a reader. */
function fetchPackages(dir) {
  const folders = {};
  for (const [name, integrity] of Object.entries(PACKAGES)) {
    const into = path.join(dir, name);
    execFileSync('mkdir', ['-p', into]);
    const [packed] = JSON.parse(execFileSync('npm', ['pack', `${name}@${CLDR_VERSION}`, '--json', '--pack-destination', into], { encoding: 'utf8' }));
    if (packed.integrity !== integrity) throw new Error(`${name}@${CLDR_VERSION}: integrity ${packed.integrity}, expected ${integrity}`);
    execFileSync('tar', ['xzf', path.join(into, packed.filename), '-C', into]);
    folders[name] = path.join(into, 'package');
  }
  return (name, file) => JSON.parse(readFileSync(path.join(folders[name], file), 'utf8'));
}

const PATTERN = ['2', 'start', 'middle', 'end'];
const listPattern = (p) => Object.fromEntries(PATTERN.map((k) => [k, p[k]]));
const unitPattern = (u) => {
  const forms = Object.keys(u).filter((k) => k.startsWith('unitPattern-count-'));
  if (forms.length !== 1) throw new Error(`unit with several plural forms (${forms.join(', ')}): the fallback formats only "other"`);
  return u['unitPattern-count-other'];
};

/** One locale's data, in the shape of FormatData (libs/domain/src/formats.ts). */
function localeData(read, locale) {
  const main = (pkg, file) => read(pkg, `main/${locale}/${file}`).main[locale];
  const plurals = read('cldr-core', 'supplemental/plurals.json').supplemental['plurals-type-cardinal'][locale];
  if (Object.keys(plurals).join() !== 'pluralRule-count-other') throw new Error(`${locale}: plural forms other than "other"; the fallback knows only "other"`);

  const territories = main('cldr-localenames-full', 'territories.json').localeDisplayNames.territories;
  const regions = Object.fromEntries(Object.entries(territories).filter(([code]) => /^[A-Z]{2}$/.test(code)));
  if (!Intl.Collator.supportedLocalesOf([locale]).length) throw new Error(`this Node has no collation for ${locale}: run it on Node 24 with full ICU`);
  const collator = new Intl.Collator(locale);
  const regionOrder = Object.keys(regions).sort((a, b) => collator.compare(regions[a], regions[b]) || a.localeCompare(b));
  const allLanguages = main('cldr-localenames-full', 'languages.json').localeDisplayNames.languages;
  const languages = Object.fromEntries(Object.entries(allLanguages).filter(([code]) => /^[a-z]{2,3}(-[A-Z][a-z]{3})?$/.test(code)));
  // Chinese in one script, as Intl names it when the locale has no name of its own for it: "Chinese (Simplified)"
  const { localePattern } = main('cldr-localenames-full', 'localeDisplayNames.json').localeDisplayNames.localeDisplayPattern;
  const scripts = main('cldr-localenames-full', 'scripts.json').localeDisplayNames.scripts;
  for (const script of ['Hans', 'Hant']) languages[`zh-${script}`] ??= localePattern.replace('{0}', languages.zh).replace('{1}', scripts[script]);

  const gregorian = main('cldr-dates-full', 'ca-gregorian.json').dates.calendars.gregorian;
  const month = (width) => Array.from({ length: 12 }, (_, i) => gregorian.months.format[width][String(i + 1)]);
  const skeletons = gregorian.dateTimeFormats.availableFormats;
  const zones = main('cldr-dates-full', 'timeZoneNames.json').dates.timeZoneNames;
  const fields = main('cldr-dates-full', 'dateFields.json').dates.fields;
  const relative = Object.fromEntries(
    ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'].map((unit) => {
      const f = fields[unit];
      const named = Object.fromEntries(Object.entries(f).flatMap(([k, v]) => (k.startsWith('relative-type-') ? [[k.slice('relative-type-'.length), v]] : [])));
      return [
        unit,
        {
          future: f['relativeTime-type-future']['relativeTimePattern-count-other'],
          past: f['relativeTime-type-past']['relativeTimePattern-count-other'],
          named,
        },
      ];
    }),
  );

  const numbers = main('cldr-numbers-full', 'numbers.json').numbers;
  const system = numbers.defaultNumberingSystem;
  const symbols = numbers[`symbols-numberSystem-${system}`];
  if (numbers[`decimalFormats-numberSystem-${system}`].standard !== '#,##0.###') throw new Error(`${locale}: a decimal pattern the fallback does not know`);
  if (numbers[`percentFormats-numberSystem-${system}`].standard !== '#,##0%' || symbols.percentSign !== '%')
    throw new Error(`${locale}: a percent pattern the fallback does not know`);
  const digits = system === 'latn' ? null : read('cldr-core', 'supplemental/numberingSystems.json').supplemental.numberingSystems[system]._digits;

  const units = main('cldr-units-full', 'units.json').units;
  const lists = main('cldr-misc-full', 'listPatterns.json').listPatterns;

  return {
    locale,
    cldr: CLDR_VERSION,
    plural: 'other',
    regions,
    regionOrder,
    languages,
    months: { long: month('wide'), short: month('abbreviated') },
    date: { long: gregorian.dateFormats.long, short: skeletons.yMMMd },
    time: { h23: skeletons.Hm, h12: skeletons.hm, hourCycle: /h/.test(gregorian.timeFormats.short.replace(/'[^']*'/g, '')) ? 'h12' : 'h23' },
    dayPeriods: { am: gregorian.dayPeriods.format.abbreviated.am, pm: gregorian.dayPeriods.format.abbreviated.pm },
    // a date and a time joined, by the length of the date's month (ICU's "at time" patterns)
    dateTime: { short: gregorian['dateTimeFormats-atTime'].standard.medium, long: gregorian['dateTimeFormats-atTime'].standard.long },
    zone: { append: gregorian.dateTimeFormats.appendItems.Timezone, gmt: zones.gmtFormat, utc: zones.zone?.Etc?.UTC?.short?.standard ?? 'UTC' },
    numbers: { digits, decimal: symbols.decimal, group: symbols.group, minus: symbols.minusSign },
    units: {
      second: unitPattern(units.long['duration-second']),
      minute: unitPattern(units.long['duration-minute']),
      hour: unitPattern(units.long['duration-hour']),
      byte: unitPattern(units.long['digital-byte']),
      kilobyte: unitPattern(units.short['digital-kilobyte']),
      megabyte: unitPattern(units.short['digital-megabyte']),
      gigabyte: unitPattern(units.short['digital-gigabyte']),
    },
    lists: {
      and: listPattern(lists['listPattern-type-standard']),
      or: listPattern(lists['listPattern-type-or']),
      unit: listPattern(lists['listPattern-type-unit']),
    },
    relative,
  };
}

function main() {
  const check = process.argv.includes('--check');
  const dir = mkdtempSync(path.join(tmpdir(), 'cldr-'));
  try {
    const read = fetchPackages(dir);
    let stale = 0;
    for (const locale of FALLBACK_LOCALES) {
      const file = path.join(OUT, `${locale}.json`);
      const text = `${JSON.stringify(localeData(read, locale), null, 2)}\n`;
      if (check) {
        let committed = '';
        try {
          committed = readFileSync(file, 'utf8');
        } catch {
          // missing: stale
        }
        if (committed !== text) {
          stale++;
          console.error(`${path.relative(root, file)} is out of date: run node scripts/cldr-format-data.mjs`);
        }
      } else {
        writeFileSync(file, text);
        console.log(`${path.relative(root, file)}: ${text.length} bytes`);
      }
    }
    if (stale) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
