import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** Deletes a campaign; one with recorded uses or downloads is kept, and the API says why (409). */
export const deleteCampaign = (id: string) => unwrap(api.DELETE('/api/campaigns/{id}', { params: { path: { id } } }));

export function useDeleteCampaign(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => deleteCampaign(id),
    onSuccess: () => {
      qc.removeQueries({ queryKey: queryKeys.campaigns.scope(id) });
      void qc.invalidateQueries({ queryKey: queryKeys.campaigns.lists() });
    },
  });
}
