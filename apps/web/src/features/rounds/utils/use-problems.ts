import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorSummaryItem } from '../../../components/ui/error-summary';
import { useFormErrors } from '../../../lib/use-form-errors';
import { refusalMessage } from './refusal';

/** Problems the form found itself, by input id; `attempt` grows with each refused submit so the summary takes focus again. */
export interface LocalProblems {
  errors: Record<string, string[]>;
  attempt: number;
}

export interface ProblemSummary {
  items: ErrorSummaryItem[];
  message?: string;
  focusKey: unknown;
}

/**
 * The form's problems in one place: its own checks first; failing those, what the API refused, placed beside the
 * inputs it names (fields: server path → input id and label), with the API's explanation above.
 */
export function useProblems(fields: Record<string, { id: string; label: string }>, serverError: unknown, local: LocalProblems | null) {
  const { t } = useTranslation();
  const server = useFormErrors(serverError, fields);
  return useMemo(() => {
    const labelOf = (id: string) => Object.values(fields).find((f) => f.id === id)?.label ?? id;
    if (local) {
      const items = Object.entries(local.errors).map(([id, messages]) => ({ targetId: id, text: `${labelOf(id)}: ${messages.join('; ')}` }));
      return { byInput: local.errors as Record<string, string[] | undefined>, summary: { items, focusKey: local.attempt } as ProblemSummary | null };
    }
    if (serverError)
      return {
        byInput: server.byInput as Record<string, string[] | undefined>,
        summary: { items: server.summaryItems, message: refusalMessage(t, serverError), focusKey: serverError },
      };
    return { byInput: {} as Record<string, string[] | undefined>, summary: null };
  }, [fields, local, serverError, server, t]);
}
