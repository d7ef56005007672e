import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaignListsQueryKey } from './get-campaigns';
import { campaignQueryKey, campaignScopeQueryKey, type CampaignDetail } from './get-campaign';

/**
 * A change to one campaign that answers with the campaign: the answer replaces what is shown, and the rest
 * (candidates, the lists' counts) is marked stale.
 */
export function useCampaignMutation<TVariables>(campaignId: string, mutationFn: (variables: TVariables) => Promise<CampaignDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (campaign) => {
      qc.setQueryData(campaignQueryKey(campaignId), campaign);
      await Promise.all([qc.invalidateQueries({ queryKey: campaignScopeQueryKey(campaignId) }), qc.invalidateQueries({ queryKey: campaignListsQueryKey })]);
    },
  });
}
