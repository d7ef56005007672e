import { useMemo } from 'react';
import type { ErrorSummaryItem } from '../components/ui/error-summary';
import { fieldErrorsFrom, placeFieldErrors } from './form-errors';

/**
 * Places a failed request's field errors beside their inputs.
 * fields: server path → the input's id and label (used in the summary).
 */
export function useFormErrors(error: unknown, fields: Record<string, { id: string; label: string }>) {
  return useMemo(() => {
    const byInput: Record<string, string[]> = {};
    const summaryItems: ErrorSummaryItem[] = [];
    if (!error) return { byInput, summaryItems };
    const inputIds = Object.fromEntries(Object.entries(fields).map(([path, f]) => [path, f.id]));
    const { placed, unplaced } = placeFieldErrors(fieldErrorsFrom(error), inputIds);
    for (const p of placed) {
      byInput[p.inputId] = [...(byInput[p.inputId] ?? []), ...p.messages];
      const label = Object.values(fields).find((f) => f.id === p.inputId)?.label ?? p.path;
      summaryItems.push({ targetId: p.inputId, text: `${label}: ${p.messages.join('; ')}` });
    }
    for (const u of unplaced) summaryItems.push({ text: `${u.path}: ${u.messages.join('; ')}` });
    return { byInput, summaryItems };
  }, [error, fields]);
}

/**
 * A form's problems: those found before sending (input id → messages) win, linked to their inputs; else the
 * server's field errors. `refused` says the server refused without naming a field: show its message instead.
 */
export function useFormProblems(error: unknown, fields: Record<string, { id: string; label: string }>, local: { errors: Record<string, string[]> } | null) {
  const server = useFormErrors(error, fields);
  if (!local) return { byInput: server.byInput, summaryItems: server.summaryItems, refused: Boolean(error) && !server.summaryItems.length };
  const label = (id: string) => Object.values(fields).find((f) => f.id === id)?.label ?? id;
  const summaryItems: ErrorSummaryItem[] = Object.entries(local.errors).map(([id, messages]) => ({
    targetId: id,
    text: `${label(id)}: ${messages.join('; ')}`,
  }));
  return { byInput: local.errors, summaryItems, refused: false };
}
