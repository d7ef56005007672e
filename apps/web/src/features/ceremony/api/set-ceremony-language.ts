import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { updateCompetition } from '../../../api/update-competition';

/**
 * Keeps the ceremony's language on the competition, so that an audience window opened (or reloaded) later shows the
 * same language as the presenter's, whichever language each window's reader uses.
 */
export function useSetCeremonyLanguage(competitionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (language: string) => updateCompetition(competitionId, { ceremonyLanguage: language }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.competitions.one(competitionId) }),
  });
}
