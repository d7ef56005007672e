import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import { Notice } from '../../../components/ui/query-state';
import { localize } from '../../../lib/localized-text';
import type { ResultsRound } from '../api/get-competition-rounds';
import type { RoundResults, TieBreak } from '../api/get-round-results';
import { useSetResultOptions } from '../api/set-result-options';
import { move } from '../utils/format';
import { AGGREGATION_TEXT } from '../utils/method-text';
import { errorMessage } from '../../../lib/error-message';
import { TIE_BREAK_KINDS } from '@clapper/domain/results-method';
import { AGGREGATION_CHOICES, type AggregationChoice } from '@clapper/domain/results-types';

type Kind = TieBreak['kind'];
const KINDS: readonly Kind[] = TIE_BREAK_KINDS;

interface Step {
  /** a stable key for React while steps move */
  key: number;
  kind: Kind;
  criterion: string;
}

/**
 * How the round's results are computed: how the judges' totals are combined (automatic, mean, z-score or
 * calibration), a trimmed mean, and the declared tie-break chain, built step by step (move up or down, remove, add).
 * Changing the aggregation once scorecards are in asks for a tick first. Saving answers the recomputed results.
 */
export function OptionsForm({ round, results, disabled }: { round: ResultsRound; results: RoundResults; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const save = useSetResultOptions(round.id);
  const criteria = round.rubric.criteria;
  const [aggregation, setAggregation] = useState<AggregationChoice>(results.options.aggregation);
  const [confirmed, setConfirmed] = useState(false);
  // every submitted scorecard counts once towards its entry's judges
  const scorecards = results.entries.reduce((n, e) => n + e.judges, 0);
  const needsConfirm = aggregation !== results.options.aggregation && scorecards > 0;
  const confirmId = `${uid}-confirm`;
  const [trimmed, setTrimmed] = useState(results.options.trimmed);
  const [steps, setSteps] = useState<Step[]>(() => results.options.tieBreaks.map((b, i) => ({ key: i, kind: b.kind, criterion: b.criterion ?? '' })));
  const [nextKey, setNextKey] = useState(results.options.tieBreaks.length);
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const [saved, setSaved] = useState(false);
  const [announce, setAnnounce] = useState('');

  const criterionName = (key: string) => localize(criteria.find((c) => c.key === key)?.name, i18n.language) || key;
  const stepLabel = (s: Step) =>
    s.kind === 'criterion'
      ? t('results.options.kind.criterionNamed', { name: s.criterion ? criterionName(s.criterion) : '…' })
      : t(`results.options.kind.${s.kind}`);
  const kindId = (s: Step) => `${uid}-kind-${s.key}`;
  const criterionId = (s: Step) => `${uid}-crit-${s.key}`;

  const change = (next: Step[]) => {
    setSteps(next);
    setSaved(false);
  };
  const update = (key: number, patch: Partial<Step>) => change(steps.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  const moveStep = (i: number, delta: number) => {
    const next = move(steps, i, delta);
    change(next);
    setAnnounce(t('results.options.moved', { step: stepLabel(steps[i]), position: i + delta + 1, count: steps.length }));
  };
  const remove = (i: number) => {
    setAnnounce(t('results.options.removed', { step: stepLabel(steps[i]) }));
    change(steps.filter((_, j) => j !== i));
  };
  const add = () => {
    const used = new Set(steps.filter((s) => s.kind !== 'criterion').map((s) => s.kind));
    const kind: Kind = !used.has('first_places') ? 'first_places' : !used.has('organiser') ? 'organiser' : 'criterion';
    change([...steps, { key: nextKey, kind, criterion: kind === 'criterion' ? (criteria[0]?.key ?? '') : '' }]);
    setNextKey((k) => k + 1);
  };

  const labels: Record<string, string> = Object.fromEntries(steps.map((s, i) => [criterionId(s), t('results.options.criterionOf', { n: i + 1 })]));
  // the server names a step by its place in the chain (`tieBreaks.1.criterion`)
  const fields = Object.fromEntries(
    steps.flatMap((s, i) => (s.kind === 'criterion' ? [[`tieBreaks.${i}`, { id: criterionId(s), label: labels[criterionId(s)] ?? '' }]] : [])),
  );
  const problems = useFormProblems(
    save.error,
    { ...fields, confirmAggregationChange: { id: confirmId, label: t('results.options.confirmLabel') } },
    { local, message: errorMessage },
  );

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: Record<string, string[]> = {};
    for (const s of steps) if (s.kind === 'criterion' && !s.criterion) errors[criterionId(s)] = [t('results.options.chooseCriterion')];
    if (needsConfirm && !confirmed) errors[confirmId] = [t('results.options.confirmNeeded')];
    if (Object.keys(errors).length) {
      setLocal({ errors, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    const tieBreaks: TieBreak[] = steps.map((s) => (s.kind === 'criterion' ? { kind: 'criterion', criterion: s.criterion } : { kind: s.kind }));
    save.mutate(
      { aggregation, trimmed, tieBreaks, ...(needsConfirm ? { confirmAggregationChange: true } : {}) },
      { onSuccess: () => (setSaved(true), setConfirmed(false)) },
    );
  }

  return (
    <form className="form results-options" onSubmit={onSubmit} noValidate aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>{t('results.options.title')}</h3>
      <ProblemSummary summary={problems.summary} />
      {saved ? <Notice tone="success">{t('results.options.saved')}</Notice> : null}
      {disabled ? <p className="muted">{t('results.options.sealed')}</p> : null}
      <fieldset className="field field-group" disabled={disabled}>
        <legend className="field-label">{t('results.options.aggregation')}</legend>
        {AGGREGATION_CHOICES.map((choice) => (
          <div key={choice}>
            <label className="check">
              <input
                type="radio"
                name={`${uid}-aggregation`}
                value={choice}
                checked={aggregation === choice}
                aria-describedby={`${uid}-agg-${choice}`}
                onChange={() => (setAggregation(choice), setSaved(false))}
              />{' '}
              {t(AGGREGATION_TEXT[choice].label)}
            </label>
            <p className="field-hint" id={`${uid}-agg-${choice}`}>
              {t(AGGREGATION_TEXT[choice].hint)}
            </p>
          </div>
        ))}
        {needsConfirm ? (
          <div className={`field${problems.byInput[confirmId] ? ' field-invalid' : ''}`}>
            <p className="notice notice-warning" id={`${confirmId}-why`}>
              {t('results.options.confirmChange', { count: scorecards })}
            </p>
            {problems.byInput[confirmId] ? (
              <p className="field-error" id={`${confirmId}-error`}>
                {problems.byInput[confirmId].join('; ')}
              </p>
            ) : null}
            <label className="check">
              <input
                type="checkbox"
                id={confirmId}
                checked={confirmed}
                aria-invalid={problems.byInput[confirmId] ? true : undefined}
                aria-describedby={`${confirmId}-why${problems.byInput[confirmId] ? ` ${confirmId}-error` : ''}`}
                onChange={(e) => setConfirmed(e.target.checked)}
              />{' '}
              {t('results.options.confirmLabel')}
            </label>
          </div>
        ) : null}
        <label className="check">
          <input type="checkbox" checked={trimmed} onChange={(e) => (setTrimmed(e.target.checked), setSaved(false))} /> {t('results.options.trimmed')}
        </label>
        <p className="field-hint">{t('results.options.trimmedHint')}</p>
      </fieldset>
      <fieldset className="field field-group" disabled={disabled}>
        <legend className="field-label">{t('results.options.chain')}</legend>
        <p className="field-hint">{t('results.options.chainHint')}</p>
        {steps.length ? (
          <ol className="chain" aria-label={t('results.options.chain')}>
            {steps.map((s, i) => (
              <li key={s.key} className="chain-step">
                <span className="chain-number" aria-hidden="true">
                  {i + 1}
                </span>
                <div className="chain-fields">
                  <div className="field">
                    <label className="field-label" htmlFor={kindId(s)}>
                      {t('results.options.stepKind', { n: i + 1 })}
                    </label>
                    <select
                      id={kindId(s)}
                      value={s.kind}
                      onChange={(e) =>
                        update(s.key, {
                          kind: e.target.value as Kind,
                          criterion: e.target.value === 'criterion' ? s.criterion || (criteria[0]?.key ?? '') : '',
                        })
                      }
                    >
                      {KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`results.options.kind.${k}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  {s.kind === 'criterion' ? (
                    <div className={`field${problems.byInput[criterionId(s)] ? ' field-invalid' : ''}`}>
                      <label className="field-label" htmlFor={criterionId(s)}>
                        {labels[criterionId(s)]}
                      </label>
                      {problems.byInput[criterionId(s)] ? (
                        <p className="field-error" id={`${criterionId(s)}-error`}>
                          {problems.byInput[criterionId(s)]!.join('; ')}
                        </p>
                      ) : null}
                      <select
                        id={criterionId(s)}
                        value={s.criterion}
                        aria-invalid={problems.byInput[criterionId(s)] ? true : undefined}
                        aria-describedby={problems.byInput[criterionId(s)] ? `${criterionId(s)}-error` : undefined}
                        onChange={(e) => update(s.key, { criterion: e.target.value })}
                      >
                        <option value="">{t('results.options.chooseCriterion')}</option>
                        {criteria.map((c) => (
                          <option key={c.key} value={c.key}>
                            {localize(c.name, i18n.language) || c.key}
                          </option>
                        ))}
                      </select>
                    </div>
                  ) : null}
                </div>
                <div className="row-actions chain-actions">
                  <Button
                    variant="secondary"
                    disabled={i === 0}
                    onClick={() => moveStep(i, -1)}
                    aria-label={t('results.options.moveUp', { step: stepLabel(s), n: i + 1 })}
                  >
                    <span aria-hidden="true">↑</span>
                  </Button>
                  <Button
                    variant="secondary"
                    disabled={i === steps.length - 1}
                    onClick={() => moveStep(i, 1)}
                    aria-label={t('results.options.moveDown', { step: stepLabel(s), n: i + 1 })}
                  >
                    <span aria-hidden="true">↓</span>
                  </Button>
                  <Button variant="link" onClick={() => remove(i)} aria-label={t('results.options.remove', { step: stepLabel(s), n: i + 1 })}>
                    {t('results.options.removeShort')}
                  </Button>
                </div>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('results.options.noChain')}</p>
        )}
        <div>
          <Button variant="secondary" onClick={add} disabled={steps.length >= 10}>
            {t('results.options.add')}
          </Button>
        </div>
        {!steps.some((s) => s.kind === 'organiser') ? <p className="field-hint">{t('results.options.noOrganiserHint')}</p> : null}
      </fieldset>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      <div className="form-actions">
        <Button type="submit" busy={save.isPending} disabled={disabled}>
          {save.isPending ? t('common.saving') : t('results.options.save')}
        </Button>
      </div>
    </form>
  );
}
