import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { useSaveScorecard, type Scorecard, type ScorecardInput } from '../api/save-scorecard';
import { useSubmitScorecard } from '../api/submit-scorecard';
import { staleCurrent, type Scores } from './scoring';

/** What the judge edits on a scorecard. */
export interface ScorecardValues {
  scores: Scores;
  overallComment: string;
  privateNote: string;
  teamFeedback: string;
}

export type SaveStatus =
  /** nothing saved yet, nothing changed */
  | { kind: 'idle' }
  /** changes waiting for the autosave */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string | null }
  | { kind: 'error'; error: unknown }
  /** the round is not open for scoring (closed, or not yet open): nothing more can be saved */
  | { kind: 'locked'; error: unknown }
  /** the save was based on an old version: here is the current one, for the judge to choose */
  | { kind: 'conflict'; current: Scorecard };

export type SubmitResult = { ok: true; card: Scorecard } | { ok: false; error: unknown };

export const valuesOf = (card: Scorecard): ScorecardValues => ({
  scores: { ...card.scores },
  overallComment: card.overallComment,
  privateNote: card.privateNote,
  teamFeedback: card.teamFeedback,
});

const bodyOf = (v: ScorecardValues, version: number, withOverallComment: boolean): ScorecardInput => ({
  version,
  scores: v.scores,
  ...(withOverallComment ? { overallComment: v.overallComment } : {}),
  privateNote: v.privateNote,
  teamFeedback: v.teamFeedback,
});

const savedStatus = (card: Scorecard): SaveStatus => (card.updatedAt ? { kind: 'saved', at: card.updatedAt } : { kind: 'idle' });

export interface ScorecardSaverOptions {
  roundId: string;
  roundEntryId: string;
  /** the scorecard as the page loaded it */
  initial: Scorecard;
  /** the rubric asks for an overall comment */
  overallComment: boolean;
  /** the autosave waits this long after the last change */
  delayMs?: number;
  /** the server said the round is not open for scoring: reload the entry to show it locked */
  onLocked?: () => void;
}

/**
 * The scorecard being edited, autosaved: a change is saved about a second after the last one (or at once on
 * flush, e.g. when a field loses focus). Saves and the submit run one after another, each with the version the
 * previous one returned. A save refused as stale (409 with `details.current`) stops the autosave until the judge
 * chooses: the current version, or theirs saved again on top of it. Nothing is ever overwritten silently.
 */
export function useScorecardSaver({ roundId, roundEntryId, initial, overallComment, delayMs = 1000, onLocked }: ScorecardSaverOptions) {
  const save = useSaveScorecard(roundId, roundEntryId);
  const submitMutation = useSubmitScorecard(roundId, roundEntryId);
  const [values, setValues] = useState<ScorecardValues>(() => valuesOf(initial));
  const [card, setCardState] = useState<Scorecard>(initial);
  const [status, setStatus] = useState<SaveStatus>(() => savedStatus(initial));

  const valuesRef = useRef(values);
  const cardRef = useRef(initial);
  const versionRef = useRef(initial.version);
  const dirty = useRef(false);
  const busy = useRef(false);
  const conflict = useRef<Scorecard | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const calls = useRef({ save: save.mutateAsync, submit: submitMutation.mutateAsync, onLocked, overallComment });
  calls.current = { save: save.mutateAsync, submit: submitMutation.mutateAsync, onLocked, overallComment };

  const setCard = useCallback((next: Scorecard) => {
    cardRef.current = next;
    setCardState(next);
  }, []);

  /** Runs saves and submits one at a time, in order. */
  const enqueue = useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const run = chain.current.then(task, task);
    chain.current = run.catch(() => undefined);
    return run;
  }, []);

  const accept = useCallback(
    (saved: Scorecard) => {
      versionRef.current = saved.version;
      setCard(saved);
      setStatus(dirty.current ? { kind: 'pending' } : { kind: 'saved', at: saved.updatedAt });
    },
    [setCard],
  );

  /** A refused save: stale → the choice; round not open → locked; anything else → an error to retry. */
  const refuse = useCallback(
    (error: unknown) => {
      const current = staleCurrent(error);
      if (current) {
        conflict.current = current;
        setStatus({ kind: 'conflict', current });
      } else if (isApiError(error) && error.status === 409) {
        setCard({ ...cardRef.current, editable: false });
        setStatus({ kind: 'locked', error });
        calls.current.onLocked?.();
      } else setStatus({ kind: 'error', error });
    },
    [setCard],
  );

  const flush = useCallback((): Promise<unknown> => {
    window.clearTimeout(timer.current);
    if (!dirty.current || conflict.current) return chain.current;
    return enqueue(async () => {
      if (!dirty.current || conflict.current) return;
      dirty.current = false;
      busy.current = true;
      setStatus({ kind: 'saving' });
      try {
        accept(await calls.current.save(bodyOf(valuesRef.current, versionRef.current, calls.current.overallComment)));
      } catch (error) {
        dirty.current = true;
        refuse(error);
      } finally {
        busy.current = false;
      }
    });
  }, [enqueue, accept, refuse]);

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), delayMs);
  }, [flush, delayMs]);

  const change = useCallback(
    (patch: Partial<ScorecardValues>) => {
      const next = { ...valuesRef.current, ...patch };
      valuesRef.current = next;
      setValues(next);
      dirty.current = true;
      if (conflict.current) return;
      setStatus((s) => (s.kind === 'saving' || s.kind === 'locked' ? s : { kind: 'pending' }));
      schedule();
    },
    [schedule],
  );

  const setScore = useCallback((key: string, score: number) => change({ scores: { ...valuesRef.current.scores, [key]: score } }), [change]);

  /** Submits what is on screen, after any save under way; one Idempotency-Key per call, reused by its automatic retries. */
  const submit = useCallback((): Promise<SubmitResult> => {
    window.clearTimeout(timer.current);
    const idempotencyKey = crypto.randomUUID();
    return enqueue(async (): Promise<SubmitResult> => {
      if (conflict.current) return { ok: false, error: null };
      const wasDirty = dirty.current;
      dirty.current = false;
      busy.current = true;
      setStatus({ kind: 'saving' });
      try {
        const saved = await calls.current.submit({ body: bodyOf(valuesRef.current, versionRef.current, calls.current.overallComment), idempotencyKey });
        accept(saved);
        return { ok: true, card: saved };
      } catch (error) {
        dirty.current = dirty.current || wasDirty;
        if (staleCurrent(error) || (isApiError(error) && error.status === 409)) refuse(error);
        else if (dirty.current) {
          // not submitted (e.g. a criterion the server found unscored): the changes are still saved as a draft
          setStatus({ kind: 'pending' });
          schedule();
        } else setStatus(savedStatus(cardRef.current));
        return { ok: false, error };
      } finally {
        busy.current = false;
      }
    });
  }, [enqueue, accept, refuse, schedule]);

  /** Takes the version on the server, dropping the judge's unsaved changes. */
  const takeCurrent = useCallback(() => {
    const current = conflict.current;
    if (!current) return;
    conflict.current = null;
    dirty.current = false;
    versionRef.current = current.version;
    const next = valuesOf(current);
    valuesRef.current = next;
    setValues(next);
    setCard(current);
    setStatus(savedStatus(current));
  }, [setCard]);

  /** Saves the judge's version on top of the current one. */
  const keepMine = useCallback(() => {
    const current = conflict.current;
    if (!current) return;
    conflict.current = null;
    versionRef.current = current.version;
    setCard(current);
    dirty.current = true;
    void flush();
  }, [flush, setCard]);

  /** Saves again after an error. */
  const retry = useCallback(() => {
    dirty.current = true;
    void flush();
  }, [flush]);

  // leaving the page saves what is pending, and the browser asks before closing the tab with unsaved changes
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current || busy.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      window.clearTimeout(timer.current);
      if (dirty.current && !conflict.current) void flush();
    };
  }, [flush]);

  return { values, card, status, change, setScore, flush, submit, takeCurrent, keepMine, retry, submitting: submitMutation.isPending };
}
