import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Issue 17 §6: the detector of the crawler that finds English where it should not be (english-crawl.ts). The English
 * catalogs and the demo's English content are cut into runs of three words; a page's text is cut the same way, and
 * each of its runs that the English has is a flag, unless every word of it belongs to a listed proper noun. Lower
 * case, Latin letters only: a Thai, Khmer or Japanese word, a digit or punctuation ends a run.
 */

const REPO = path.resolve(__dirname, '..', '..');

/**
 * Names that stay as they are in every language, and why. A run of English words is let through only when every word
 * of it belongs to one of these (written as here, or in capitals as a slide may show it): "Welcome to Clapper" on a
 * Thai page is still English.
 */
export const PROPER_NOUNS: readonly { name: string; why: string }[] = [
  { name: 'Clapper', why: "the product's name" },
  { name: 'Creative Commons Attribution-NonCommercial 4.0 International', why: "the licence's legal name, the same in every language" },
  { name: 'CC BY-NC', why: "the licence's code" },
  { name: 'Think Before You Click', why: 'the title of the Thai team TH-0001 in the demo past edition, a work title' },
];

/** A word: Latin letters (accents and apostrophes inside it included). */
const WORD = /\p{Script=Latin}[\p{Script=Latin}\p{M}]*(?:['’]\p{Script=Latin}[\p{Script=Latin}\p{M}]*)*/gu;
/** What may stand between two words of one run: spaces, hyphens, apostrophes. Anything else (a full stop, a colon, a
 * digit, a line break, a letter of another script) ends the run. */
const JOINER = /^[ \t\u00a0'’-]*$/u;

interface Word {
  /** as written */
  raw: string;
  /** lower case, one kind of apostrophe: what is compared */
  key: string;
  start: number;
  end: number;
}

/** The text's runs of words, each as long as nothing but spaces, hyphens and apostrophes stand between its words. */
export function runsOf(text: string): Word[][] {
  const runs: Word[][] = [];
  let current: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = { raw: m[0], key: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length };
    const prev = current[current.length - 1];
    if (prev && !JOINER.test(text.slice(prev.end, word.start))) {
      runs.push(current);
      current = [];
    }
    current.push(word);
  }
  if (current.length) runs.push(current);
  return runs;
}

const shingle = (words: Word[], i: number) => `${words[i].key} ${words[i + 1].key} ${words[i + 2].key}`;

/**
 * A catalog value as English a page would show: {{placeholders}} and $t() nestings end a run (a page puts a name, a
 * number or another string there), tags are dropped (their text stays in the run).
 */
export function catalogText(value: string): string {
  return value
    .replace(/\{\{[^}]*\}\}/g, '\n')
    .replace(/\$t\([^)]*\)/g, '\n')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '');
}

export interface Flag {
  /** the English run, as the page shows it */
  run: string;
  /** about 60 characters around it */
  context: string;
}

export class EnglishDetector {
  private readonly shingles = new Set<string>();
  private readonly nouns: string[][];

  constructor(english: Iterable<string>, properNouns: readonly { name: string }[] = PROPER_NOUNS) {
    // a name with a digit or a full stop in it ("… 4.0 International") is several runs: each is let through where it stands
    this.nouns = properNouns.flatMap((p) => runsOf(p.name).map((run) => run.map((w) => w.raw)));
    this.add(english);
  }

  /** Adds English texts (already cleaned of placeholders: see catalogText). */
  add(texts: Iterable<string>): void {
    for (const text of texts) for (const words of runsOf(text)) for (let i = 0; i + 2 < words.length; i++) this.shingles.add(shingle(words, i));
  }

  get size(): number {
    return this.shingles.size;
  }

  has(threeWords: string): boolean {
    return this.shingles.has(threeWords.toLowerCase());
  }

  /** The runs of three or more words of `text` that the English texts have, merged where they overlap. */
  find(text: string): Flag[] {
    const flags: Flag[] = [];
    for (const words of runsOf(text)) {
      if (words.length < 3) continue;
      const named = this.properNounWords(words);
      let from = -1;
      let to = -1;
      const close = () => {
        if (from < 0) return;
        const start = words[from].start;
        const end = words[to].end;
        const before = text.slice(Math.max(0, start - 30), start);
        const after = text.slice(end, end + 30);
        flags.push({ run: text.slice(start, end), context: `${before}[${text.slice(start, end)}]${after}`.replace(/\s*\n\s*/g, ' ⏎ ') });
        from = -1;
      };
      for (let i = 0; i + 2 < words.length; i++) {
        const english = this.shingles.has(shingle(words, i)) && !(named[i] && named[i + 1] && named[i + 2]);
        if (english && from >= 0 && i <= to) to = i + 2;
        else if (english) {
          close();
          from = i;
          to = i + 2;
        }
      }
      close();
    }
    return flags;
  }

  /** Which words of the run belong to a proper noun of the list. */
  private properNounWords(words: Word[]): boolean[] {
    const named = words.map(() => false);
    for (const noun of this.nouns)
      for (let i = 0; i + noun.length <= words.length; i++)
        if (noun.every((w, k) => words[i + k].raw === w || words[i + k].raw === w.toUpperCase())) for (let k = 0; k < noun.length; k++) named[i + k] = true;
    return named;
  }
}

/** Every string in a JSON value. */
function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (node && typeof node === 'object') for (const v of Object.values(node)) strings(v, out);
  return out;
}

/** The English catalogs: the web app's (every namespace), the showcase's and the emails'. */
export function englishCatalogTexts(): string[] {
  const web = path.join(REPO, 'apps/web/src/locales/en');
  const files = [
    ...readdirSync(web)
      .filter((f) => f.endsWith('.json'))
      .map((f) => path.join(web, f)),
    path.join(REPO, 'apps/api/src/showcase/locales/en.json'),
    path.join(REPO, 'apps/api/src/mail/locales/en.json'),
  ];
  return files.flatMap((f) => strings(JSON.parse(readFileSync(f, 'utf8')))).map(catalogText);
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

/**
 * The English of an organiser's content in an API answer: every text given per language ({ en: '…', ja: '…' }), and
 * every text of a document in English ({ language: 'en', …: '…' }: the consent and licence texts).
 */
export function englishContent(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const v of node) englishContent(v, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    const keys = Object.keys(o);
    if (typeof o.en === 'string' && keys.every((k) => LANGUAGE_TAG.test(k))) out.push(o.en);
    // a document's text in English (the consent and licence texts: { language: 'en', approved: { title, body } })
    if (o.language === 'en') out.push(...strings(o));
    else for (const v of Object.values(o)) if (v && typeof v === 'object') englishContent(v, out);
  }
  return out;
}
