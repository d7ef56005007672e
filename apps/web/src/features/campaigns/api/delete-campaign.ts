import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { campaignListsQueryKey } from './get-campaigns';
import { campaignScopeQueryKey } from './get-campaign';

/** Deletes a campaign; one with recorded uses or downloads is kept, and the API says why (409). */
export const deleteCampaign = (id: string) => unwrap(api.DELETE('/api/campaigns/{id}', { params: { path: { id } } }));

export function useDeleteCampaign(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => deleteCampaign(id),
    onSuccess: () => {
      qc.removeQueries({ queryKey: campaignScopeQueryKey(id) });
      void qc.invalidateQueries({ queryKey: campaignListsQueryKey });
    },
  });
}
