import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type BulkAction = Schemas['BulkActionDto'];

export const bulkEntries = (body: BulkAction) => unwrap(api.POST('/api/review/entries/bulk', { body }));

/** One action on the selected entries, all or nothing; every list and the entries changed are refreshed after. */
export function useBulkEntries() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: bulkEntries,
    onSuccess: (_result, body) => {
      void qc.invalidateQueries({ queryKey: queryKeys.entries.lists() });
      for (const id of body.entryIds) void qc.invalidateQueries({ queryKey: queryKeys.entries.one(id) });
    },
  });
}

/** The selected entries as CSV (the rows of entries.csv), saved by the browser as a download. */
export async function exportSelection(entryIds: string[]): Promise<void> {
  const data = await unwrap(api.POST('/api/review/entries/export.csv', { body: { entryIds }, parseAs: 'blob' }));
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'entries-selection.csv';
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

export function useExportSelection() {
  return useMutation({ mutationFn: exportSelection });
}
