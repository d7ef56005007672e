import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { CountrySelect, type CountryOption } from '../../../components/ui/country-select';
import { FieldGroup, FormField } from '../../../components/ui/form-field';
import { Notice } from '../../../components/ui/query-state';
import type { Schemas } from '../../../lib/api-client';
import { isoToDatetimeLocal } from '../../../lib/datetime-local';
import { useCreateRound } from '../api/create-round';
import { DEFAULT_SETTINGS, settingsBody, settingsProblems, type SettingsValues } from '../utils/settings-values';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import { RoundSettingsFields, settingsFieldMap, settingsIds } from './round-settings-fields';
import { RoundNameFields, roundNameFieldMap, roundNameProblems } from './round-name-fields';
import { roundName } from '../utils/round-label';
import { toLocalizedText } from '../../../lib/localized-text';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import './rounds.css';
import { errorMessage } from '../../../lib/error-message';

type Kind = Schemas['RoundDto']['kind'];
const PREFIX = 'nr';
const ids = { kind: 'nr-kind', country: 'nr-country' };

export interface NewRoundFormProps {
  competitionId: string;
  /** what this manager may set up: an organiser either kind, a coordinator their national round */
  kinds: Kind[];
  /** countries that have no national round yet */
  countries: CountryOption[];
  /** a coordinator's own country: fixed, not chosen */
  fixedCountry?: CountryOption;
  /** the competition's judging window, offered as the round's */
  judgingWindow: { opensAt: string | null; closesAt: string | null };
  /** the competition's languages, which the round's name can be written in besides English */
  languages?: readonly string[];
  initialKind?: Kind;
  onCreated: (round: Schemas['RoundDto']) => void;
}

/** Sets up a round in draft with the default rubric: national (a country) or the regional final (a per-country quota). */
export function NewRoundForm({ competitionId, kinds, countries, fixedCountry, judgingWindow, languages, initialKind, onCreated }: NewRoundFormProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateRound();
  const [kind, setKind] = useState<Kind>(initialKind && kinds.includes(initialKind) ? initialKind : kinds[0]);
  const [country, setCountry] = useState(fixedCountry?.code ?? '');
  const [name, setName] = useState<Record<string, string>>({});
  const [values, setValues] = useState<SettingsValues>(() => ({
    ...DEFAULT_SETTINGS,
    opensAt: isoToDatetimeLocal(judgingWindow.opensAt),
    closesAt: isoToDatetimeLocal(judgingWindow.closesAt),
  }));
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const fields = useMemo(
    () => ({
      ...settingsFieldMap(t, PREFIX),
      kind: { id: ids.kind, label: t('rounds.create.kind') },
      countryCode: { id: ids.country, label: t('rounds.create.country') },
      ...roundNameFieldMap(t, PREFIX, languages, i18n.language),
    }),
    [t, languages, i18n.language],
  );
  const problems = useFormProblems(create.error, fields, { local, message: errorMessage });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const sIds = settingsIds(PREFIX);
    const errors: Record<string, string[]> = {};
    for (const [key, message] of Object.entries(settingsProblems(t, values, kind))) errors[sIds[key as keyof SettingsValues]] = [message];
    if (kind === 'national' && !country) errors[ids.country] = [t('rounds.create.countryRequired')];
    Object.assign(errors, roundNameProblems(t, PREFIX, name));
    if (Object.keys(errors).length) {
      setLocal({ errors, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    const ownName = toLocalizedText(name);
    create.mutate(
      {
        competitionId,
        kind,
        ...(kind === 'national' ? { countryCode: country } : {}),
        ...(Object.keys(ownName).length ? { name: ownName } : {}),
        ...settingsBody(values, kind),
      },
      { onSuccess: onCreated },
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ProblemSummary summary={problems.summary} />
      <section className="panel" aria-labelledby="nr-which-h">
        <h2 id="nr-which-h">{t('rounds.create.which')}</h2>
        {kinds.length > 1 ? (
          <FieldGroup id={ids.kind} legend={t('rounds.create.kind')} errors={problems.byInput[ids.kind]}>
            <div className="checks">
              {kinds.map((k) => (
                <label key={k} className="check">
                  <input type="radio" name="nr-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                  <span>{t(`rounds.kind.${k}`)}</span>
                </label>
              ))}
            </div>
          </FieldGroup>
        ) : null}
        {kind === 'national' ? (
          fixedCountry ? (
            <p>{t('rounds.create.forCountry', { country: fixedCountry.name })}</p>
          ) : (
            <FormField
              id={ids.country}
              label={t('rounds.create.country')}
              hint={t('rounds.create.countryHint')}
              required
              requiredLabel={t('common.required')}
              errors={problems.byInput[ids.country]}
            >
              {(p) => <CountrySelect control={p} countries={countries} value={country} onChange={setCountry} required />}
            </FormField>
          )
        ) : (
          <p className="muted">{t('rounds.create.finalHint')}</p>
        )}
        <RoundNameFields
          prefix={PREFIX}
          languages={languages}
          value={name}
          onChange={setName}
          defaultLabel={roundName(
            t,
            { kind, countryCode: kind === 'national' ? country || null : null },
            (code) => countries.find((c) => c.code === code)?.name ?? fixedCountry?.name ?? code,
          )}
          errors={problems.byInput}
        />
      </section>
      <section className="panel" aria-labelledby="nr-settings-h">
        <h2 id="nr-settings-h">{t('rounds.setup.settingsTitle')}</h2>
        <RoundSettingsFields
          prefix={PREFIX}
          kind={kind}
          values={values}
          onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
          errors={problems.byInput}
        />
      </section>
      <Notice>{t('rounds.create.rubricNote')}</Notice>
      <div className="form-actions">
        <Button type="submit" busy={create.isPending}>
          {t('rounds.create.submit')}
        </Button>
      </div>
    </form>
  );
}
