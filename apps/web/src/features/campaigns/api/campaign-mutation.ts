import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CampaignDetail } from './get-campaign';
import { queryKeys } from '../../../api/query-keys';

/**
 * A change to one campaign that answers with the campaign: the answer replaces what is shown, and the rest
 * (candidates, the lists' counts) is marked stale.
 */
export function useCampaignMutation<TVariables>(campaignId: string, mutationFn: (variables: TVariables) => Promise<CampaignDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (campaign) => {
      qc.setQueryData(queryKeys.campaigns.detail(campaignId), campaign);
      await Promise.all([
        qc.invalidateQueries({ queryKey: queryKeys.campaigns.scope(campaignId) }),
        qc.invalidateQueries({ queryKey: queryKeys.campaigns.lists() }),
      ]);
    },
  });
}
