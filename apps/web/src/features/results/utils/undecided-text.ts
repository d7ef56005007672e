import type { TFunction } from '../../../lib/translator';
import type { Award } from '../api/get-awards';
import { ordinal } from './format';

export type Undecided = Award['undecided'][number];

export interface UndecidedNames {
  /** a country's name in the reader's language */
  countryName: (code: string) => string;
  /** an award's name as the page shows it (the API sends award ids) */
  awardName: (id: string) => string;
  /** the award's category, named, when it has one */
  category: string | null;
  language: string;
}

/**
 * Why the results leave an award (or one country of it) undecided, in the reader's language, with its facts: the
 * tied entries and the place, the entries that already won and the awards they won, the country, the category.
 */
export function undecidedText(t: TFunction, u: Undecided, names: UndecidedNames): string {
  const p = u.params;
  const codes = p.codes ?? [];
  const country = u.countryCode ? names.countryName(u.countryCode) : null;
  switch (u.reason) {
    case 'tie_at_cut':
      return t(country ? 'guardrails.undecided.tie_at_cut_country' : 'guardrails.undecided.tie_at_cut', {
        place: ordinal(t, p.place ?? 1, names.language),
        codes,
        country,
      });
    case 'already_won': {
      // "the only finalist" and "all N finalists" are different sentences, whatever the language's plural rules
      const key = `guardrails.undecided.already_won${country ? '_country' : ''}_${codes.length === 1 ? 'single' : 'many'}`;
      return t(key, {
        n: p.count ?? codes.length,
        codes,
        awards: (p.awardIds ?? []).map(names.awardName),
        country,
      });
    }
    case 'no_scored_entries':
      return names.category ? t('guardrails.undecided.no_scored_entries_category', { category: names.category }) : t('guardrails.undecided.no_scored_entries');
    case 'organisers_decide':
    case 'no_votes':
      return t(`guardrails.undecided.${u.reason}`);
  }
}
