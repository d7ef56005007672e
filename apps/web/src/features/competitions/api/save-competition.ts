import { useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fieldErrorsFrom, type FieldErrors } from '../../../lib/form-errors';
import { createCompetition } from './create-competition';
import { getCompetition, type Competition } from '../../../api/get-competition';
import { queryKeys } from '../../../api/query-keys';
import { updateCompetition } from '../../../api/update-competition';
import { setRules } from './set-rules';
import { setCountries } from './set-countries';
import { setCategories } from './set-categories';
import { categoryInput, createBodyFromValues, rulesFromValues, updateBodyFromValues, type CompetitionFormValues } from '../utils/form-values';

/** A failed save: the API error and its field errors, keyed by the form's dotted paths. */
export class SaveCompetitionError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly fields: FieldErrors,
  ) {
    super('save failed');
  }
}

/** What a save sends: the form's values, and whether to publish even though some texts miss a translation. */
export type SaveCompetitionInput = CompetitionFormValues & { confirmGaps?: boolean };

async function step<T>(run: () => Promise<T>, prefix = ''): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw new SaveCompetitionError(e, fieldErrorsFrom(e, prefix));
  }
}

/**
 * Creates a competition in one request, then publishes it when asked (publishing needs its categories first).
 * `onCreated` hears of it before publishing, so that a publication refused (texts missing a translation) and then
 * confirmed saves the same competition rather than creating another.
 */
export async function createFromValues(v: SaveCompetitionInput, onCreated: (c: Competition) => void = () => undefined): Promise<Competition> {
  const created = await step(() => createCompetition(createBodyFromValues(v)));
  onCreated(created);
  if (v.status !== created.status) return step(() => updateCompetition(created.id, { status: v.status, ...(v.confirmGaps ? { confirmGaps: true } : {}) }));
  return created;
}

/**
 * Saves an existing competition through the endpoints that own each part: its own fields, the rules,
 * the countries, the whole list of categories, and the status last. Every step can be repeated safely.
 */
export async function saveFromValues(current: Competition, v: SaveCompetitionInput): Promise<Competition> {
  const id = current.id;
  await step(() => updateCompetition(id, updateBodyFromValues(v)));
  await step(() => setRules(id, rulesFromValues(v)), 'rules');
  await step(() => setCountries(id, v.countryCodes));
  await step(() => setCategories(id, { categories: v.categories.map((c) => ({ ...categoryInput(c), ...(c.id ? { id: c.id } : {}) })) }));
  if (v.status !== current.status) await step(() => updateCompetition(id, { status: v.status, ...(v.confirmGaps ? { confirmGaps: true } : {}) }));
  return getCompetition(id);
}

export function useSaveCompetition(current: Competition | undefined) {
  const qc = useQueryClient();
  // a new competition created by a save whose publication was refused: the next save edits it
  const created = useRef<Competition | null>(null);
  return useMutation<Competition, SaveCompetitionError, SaveCompetitionInput>({
    mutationFn: (v) => {
      const existing = current ?? created.current;
      return existing ? saveFromValues(existing, v) : createFromValues(v, (c) => (created.current = c));
    },
    onSuccess: (saved) => {
      qc.setQueryData(queryKeys.competitions.one(saved.id), saved);
    },
    // every page showing a competition (by id or by slug, and the lists) reads it again
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.competitions.all() }),
  });
}
