import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../lib/api-client';
import { queryKeys } from './query-keys';

export type Translations = Schemas['TranslationsDto'];
export type TranslationGap = Schemas['TranslationGapDto'];

/** What each language of a competition still misses: the completeness panel, and the warnings before publishing. Organisers only. */
export const getTranslations = (competitionId: string) => unwrap(api.GET('/api/competitions/{id}/translations', { params: { path: { id: competitionId } } }));

export const useTranslations = (competitionId: string) =>
  useQuery({ queryKey: queryKeys.competitions.translations(competitionId), queryFn: () => getTranslations(competitionId), enabled: Boolean(competitionId) });
