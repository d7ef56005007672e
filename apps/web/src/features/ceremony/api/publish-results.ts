import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { ceremonyQueryKey } from './get-ceremony';

/** The ceremony's last step: publishes the sealed results now. */
export const publishResults = (competitionId: string) =>
  unwrap(api.POST('/api/competitions/{id}/results/publish', { params: { path: { id: competitionId } } }));

export function usePublishFromCeremony(competitionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => publishResults(competitionId),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ceremonyQueryKey(competitionId) });
      await qc.invalidateQueries({ queryKey: ['results'] });
    },
  });
}
