import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Locale } from '@clapper/domain/locales';
import { api, unwrap, type Schemas } from '../lib/api-client';
import { queryKeys } from './query-keys';

export type AgreementText = Schemas['AgreementTextDto'];
export type AgreementDocument = AgreementText['document'];

/**
 * A consent or licence text as someone who agrees to it reads it: the approved text in `language`, or none and the
 * languages that have one (the team's consent, in the consents feature, and the licence, in the entries feature).
 */
export const getAgreementText = (competitionId: string, document: AgreementDocument, language: Locale) =>
  unwrap(api.GET('/api/competitions/{id}/agreement-texts/{document}', { params: { path: { id: competitionId, document }, query: { language } } }));

export const agreementTextQueryOptions = (competitionId: string, document: AgreementDocument, language: Locale) =>
  queryOptions({
    queryKey: queryKeys.competitions.agreementText(competitionId, document, language),
    queryFn: () => getAgreementText(competitionId, document, language),
    staleTime: 5 * 60_000,
  });

export const useAgreementText = (competitionId: string, document: AgreementDocument, language: Locale, enabled = true) =>
  useQuery({ ...agreementTextQueryOptions(competitionId, document, language), enabled });
