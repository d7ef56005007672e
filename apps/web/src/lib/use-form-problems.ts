import { useMemo } from 'react';
import type { TFunction } from './translator';
import { useTranslation } from './use-translation';
import type { ErrorSummaryItem } from '../components/ui/error-summary';
import { errorMessage } from './error-message';
import { fieldErrorsFrom, placeFieldErrors, type FieldErrors } from './form-errors';

/** Problems the form found itself before sending, by input id; `attempt` grows with each refused submit, so the summary takes the focus again. */
export interface LocalProblems {
  errors: Record<string, string[]>;
  attempt: number;
}

/** The form's inputs by the server's field path (`timeline.submissionClosesAt`): the input's id and its label, for the summary. */
export type ProblemFields = Record<string, { id: string; label: string }>;

/** What the summary at the top of the form shows; a new `focusKey` (a new refusal) moves the focus to it. */
export interface ProblemSummaryData {
  items: ErrorSummaryItem[];
  message?: string;
  focusKey: unknown;
}

export interface FormProblems {
  /** input id → the messages shown beside that input */
  byInput: Record<string, string[] | undefined>;
  /** the summary to show (one line per problem, linked to its input when it has one), or null when nothing is wrong */
  summary: ProblemSummaryData | null;
}

export interface FormProblemsOptions {
  /** problems found before sending; while there are some they win over the last refusal */
  local?: LocalProblems | null;
  /** the refusal's words (default: the translated message for its code) */
  message?: (t: TFunction, error: unknown) => string;
  /** say the refusal's words only when no field is named (the fields' own lines already say it) */
  messageOnlyWhenRefused?: boolean;
  /** the field errors, when the caller read them already (a save in several requests prefixes each one's paths) */
  fieldErrors?: FieldErrors;
}

const NONE: FormProblems = { byInput: {}, summary: null };

/**
 * A form's problems in one place. Its own checks first (input id → messages, linked from the summary); failing
 * those, what the server refused: its field errors placed beside the inputs they name (a field the form does not
 * show falls back to its parent path, else it is listed on its own), with the refusal's message above them.
 * Render `summary` with ProblemSummary (components/ui/problem-summary): it takes the focus on each new refusal and
 * is announced to screen readers.
 */
export function useFormProblems(error: unknown, fields: ProblemFields, options: FormProblemsOptions = {}): FormProblems {
  const { t } = useTranslation();
  const { local = null, message = errorMessage, messageOnlyWhenRefused = false, fieldErrors } = options;
  return useMemo(() => {
    const labelOf = (inputId: string) => Object.values(fields).find((f) => f.id === inputId)?.label ?? inputId;
    if (local && Object.keys(local.errors).length) {
      const items = Object.entries(local.errors).map(([inputId, messages]) => ({ targetId: inputId, text: `${labelOf(inputId)}: ${messages.join('; ')}` }));
      return { byInput: local.errors, summary: { items, focusKey: local.attempt } };
    }
    if (!error) return NONE;
    const inputIds = Object.fromEntries(Object.entries(fields).map(([path, f]) => [path, f.id]));
    const { placed, unplaced } = placeFieldErrors(fieldErrors ?? fieldErrorsFrom(error), inputIds);
    const byInput: Record<string, string[]> = {};
    const items: ErrorSummaryItem[] = [];
    for (const p of placed) {
      byInput[p.inputId] = [...(byInput[p.inputId] ?? []), ...p.messages];
      items.push({ targetId: p.inputId, text: `${labelOf(p.inputId)}: ${p.messages.join('; ')}` });
    }
    for (const u of unplaced) items.push({ text: `${u.path}: ${u.messages.join('; ')}` });
    // no field named: only the message can say why
    const text = messageOnlyWhenRefused && items.length ? undefined : message(t, error);
    return { byInput, summary: { items, ...(text ? { message: text } : {}), focusKey: error } };
  }, [error, fields, local, message, messageOnlyWhenRefused, fieldErrors, t]);
}
