import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type LegalTexts = Schemas['LegalTextsDto'];
export type LegalDocumentTexts = Schemas['LegalDocumentDto'];
export type LegalTextCell = Schemas['LegalTextCellDto'];
export type LegalTextRevision = Schemas['LegalTextRevisionDto'];

/** A competition's consent and licence texts in every language, with who wrote and approved each (organisers and the country's coordinators). */
export const getLegalTexts = (competitionId: string) => unwrap(api.GET('/api/competitions/{id}/legal-texts', { params: { path: { id: competitionId } } }));

export const useLegalTexts = (competitionId: string) =>
  useQuery({ queryKey: queryKeys.competitions.legalTexts(competitionId), queryFn: () => getLegalTexts(competitionId), enabled: Boolean(competitionId) });
