import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/query-state';
import type { Schemas } from '../../../lib/api-client';
import { useUpdateRound } from '../api/update-round';
import { draftFromRubric, rubricFromDraft, type RubricDraft } from '../utils/rubric-draft';
import { settingsBody, settingsFromRound, settingsProblems, type SettingsValues } from '../utils/settings-values';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import { RoundLifecycle } from './round-lifecycle';
import { RoundSettingsFields, settingsFieldMap, settingsIds } from './round-settings-fields';
import { RoundNameFields, roundNameFieldMap, roundNameProblems } from './round-name-fields';
import { roundName } from '../utils/round-label';
import { toLocalizedText } from '../../../lib/localized-text';
import { useCountryNames } from '../../../api/get-countries';
import { RubricBuilder, rubricFieldMap, rubricLocalErrors } from './rubric-builder';
import { RubricView } from './rubric-view';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import './rounds.css';
import { errorMessage } from '../../../lib/error-message';

const PREFIX = 'rs';

/**
 * The round's setup: its window and settings, and its rubric (a builder until the first scorecard is submitted,
 * then read-only), with the step that opens or closes the round. `languages` are the competition's
 * (CompetitionDto.languages), which the rubric's texts can be written in besides English; undefined until known.
 */
export function SetupSection({ round, languages }: { round: Schemas['RoundDto']; languages?: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateRound(round.id);
  const [values, setValues] = useState<SettingsValues>(() => settingsFromRound(round));
  const [name, setName] = useState<Record<string, string>>(() => ({ ...round.name }));
  const countries = useCountryNames();
  const [draft, setDraft] = useState<RubricDraft>(() => draftFromRubric(round.rubric));
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const [saved, setSaved] = useState(false);
  const closed = round.status === 'closed';
  const rubricEditable = !closed && !round.rubricFrozen;

  // the name is sent when changed only: a text kept in a language the competition no longer lists is not sent back
  const ownName = toLocalizedText(name);
  const nameChanged = JSON.stringify(ownName) !== JSON.stringify(toLocalizedText(round.name));
  const body = () => ({
    ...(nameChanged ? { name: ownName } : {}),
    ...settingsBody(values, round.kind),
    ...(rubricEditable ? { rubric: rubricFromDraft(draft) } : {}),
  });
  const stored = useMemo(
    () =>
      JSON.stringify({
        ...settingsBody(settingsFromRound(round), round.kind),
        ...(rubricEditable ? { rubric: rubricFromDraft(draftFromRubric(round.rubric)) } : {}),
      }),
    [round, rubricEditable],
  );
  const unsaved = !closed && JSON.stringify(body()) !== stored;

  const fields = useMemo(
    () => ({
      ...roundNameFieldMap(t, PREFIX, languages, i18n.language),
      ...settingsFieldMap(t, PREFIX),
      ...(rubricEditable ? rubricFieldMap(t, draft, i18n.language) : {}),
    }),
    [t, draft, rubricEditable, i18n.language, languages],
  );
  const problems = useFormProblems(update.error, fields, { local, message: errorMessage });

  const set = <K extends keyof SettingsValues>(key: K, value: SettingsValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setSaved(false);
  };
  const setRubric = (next: RubricDraft) => {
    setDraft(next);
    setSaved(false);
  };

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ids = settingsIds(PREFIX);
    const errors: Record<string, string[]> = {};
    for (const [key, message] of Object.entries(settingsProblems(t, values, round.kind))) errors[ids[key as keyof SettingsValues]] = [message];
    Object.assign(errors, roundNameProblems(t, PREFIX, name));
    if (rubricEditable) Object.assign(errors, rubricLocalErrors(t, draft, i18n.language));
    if (Object.keys(errors).length) {
      setLocal({ errors, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    update.mutate(body(), { onSuccess: () => setSaved(true) });
  }

  return (
    <div className="stack">
      <RoundLifecycle round={round} unsaved={unsaved} />
      <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="rs-h">
        <h2 id="rs-h" className="visually-hidden">
          {t('rounds.setup.title')}
        </h2>
        <ProblemSummary summary={problems.summary} />
        {saved && !unsaved ? <Notice tone="success">{t('rounds.setup.saved')}</Notice> : null}
        <section className="panel" aria-labelledby="rs-settings-h">
          <h3 id="rs-settings-h">{t('rounds.setup.settingsTitle')}</h3>
          {closed ? <p className="muted">{t('rounds.setup.closedReadOnly')}</p> : null}
          <RoundNameFields
            prefix={PREFIX}
            languages={languages}
            value={name}
            onChange={(next) => {
              setName(next);
              setSaved(false);
            }}
            defaultLabel={roundName(t, { kind: round.kind, countryCode: round.countryCode }, countries.nameOf)}
            errors={problems.byInput}
            disabled={closed}
          />
          <RoundSettingsFields prefix={PREFIX} kind={round.kind} values={values} onChange={set} errors={problems.byInput} disabled={closed} />
        </section>
        <section className="panel" aria-labelledby="rs-rubric-h">
          <h3 id="rs-rubric-h">{t('rounds.rubric.title')}</h3>
          {rubricEditable ? (
            <>
              <p className="muted small">{t('rounds.rubric.lead')}</p>
              <RubricBuilder draft={draft} onChange={setRubric} errors={problems.byInput} languages={languages} />
            </>
          ) : (
            <>
              <Notice>{closed ? t('rounds.rubric.closedNotice') : t('rounds.rubric.frozenNotice')}</Notice>
              <RubricView rubric={round.rubric} weights={round.weights} />
            </>
          )}
        </section>
        {closed ? null : (
          <div className="form-actions">
            <Button type="submit" busy={update.isPending}>
              {t('rounds.setup.save')}
            </Button>
            {unsaved ? <span className="muted small unsaved-note">{t('rounds.setup.unsaved')}</span> : null}
          </div>
        )}
      </form>
    </div>
  );
}
