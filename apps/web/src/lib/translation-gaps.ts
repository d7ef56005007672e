import type { Schemas } from './api-client';
import { isApiError } from './api-client';
import { localize } from './localized-text';
import type { TFunction } from './translator';

type Gap = Schemas['TranslationGapDto'];
type Item = NonNullable<Gap['item']>;

/** A round as the reader names it: its own name in their language, else its kind and country. */
export function roundLabel(t: TFunction, round: Pick<Item, 'name' | 'roundKind' | 'countryCode'>, language: string): string {
  const own = localize(round.name ?? null, language);
  if (own) return own;
  return round.roundKind === 'national' && round.countryCode
    ? t('contentLanguages.round.national', { country: round.countryCode })
    : t('contentLanguages.round.final');
}

/** What is missing, in words: "Award name: Grand Prize", "Level description: Security message, level 3 (Regional final)". */
export function gapText(t: TFunction, gap: Pick<Gap, 'field' | 'item'>, language: string): string {
  const field = t(`contentLanguages.field.${gap.field}`);
  const item = gap.item;
  if (!item) return field;
  const name = item.kind === 'round' ? roundLabel(t, item, language) : localize(item.name ?? null, language) || item.id;
  if (item.kind === 'criterion' && item.round) {
    const round = roundLabel(t, item.round, language);
    return item.score !== undefined
      ? t('contentLanguages.gap.level', { field, item: name, score: item.score, round })
      : t('contentLanguages.gap.criterion', { field, item: name, round });
  }
  return t('contentLanguages.gap.item', { field, item: name });
}

/** The gaps a refusal to publish lists (competitions.translation_gaps), or null when the error is another. */
export function translationGapsOf(error: unknown): Gap[] | null {
  if (!isApiError(error) || error.reason !== 'competitions.translation_gaps') return null;
  return Array.isArray(error.params.gaps) ? (error.params.gaps as Gap[]) : [];
}
