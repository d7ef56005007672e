import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type DeclarationInput = Schemas['DeclarationInputDto'];

/** Declares the judge's languages and conflicts; assignments a new conflict rules out are removed by the server. */
export const saveDeclaration = (roundId: string, body: DeclarationInput) =>
  unwrap(api.PUT('/api/judge/rounds/{id}/declaration', { params: { path: { id: roundId } }, body }));

export function useSaveDeclaration(roundId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DeclarationInput) => saveDeclaration(roundId, body),
    onSuccess: (declaration) => {
      qc.setQueryData(queryKeys.judge.declaration(roundId), declaration);
      // the rounds list shows "declared", and the queue may have lost entries to a new conflict
      void qc.invalidateQueries({ queryKey: queryKeys.judge.all() });
    },
  });
}
