import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { CountrySelect, type CountryOption } from '../../../components/ui/country-select';
import { FieldGroup, FormField } from '../../../components/ui/form-field';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import type { Schemas } from '../../../lib/api-client';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import { useCreateCampaign } from '../api/create-campaign';
import { useCompetition } from '../../../api/get-competition';

export interface CompetitionOption {
  id: string;
  name: string;
  /** the name's language when it is not the reader's (an English fallback), for `lang` */
  lang?: string;
}

const ids = { name: 'nc-name', description: 'nc-description', competition: 'nc-competition', scope: 'nc-scope', country: 'nc-country' };

/**
 * A new campaign: a name, a description, the competition whose works it draws on, and its reach. Organisers choose
 * regional or one country; a coordinator's campaign is their own country's (fixedCountry).
 */
export function NewCampaignForm({
  competitions,
  countries,
  fixedCountry,
  initialCompetitionId,
  onCreated,
}: {
  competitions: CompetitionOption[];
  countries: CountryOption[];
  fixedCountry?: CountryOption;
  initialCompetitionId?: string;
  onCreated: (campaign: Schemas['CampaignDetailDto']) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateCampaign();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [competitionId, setCompetitionId] = useState(
    initialCompetitionId && competitions.some((c) => c.id === initialCompetitionId)
      ? initialCompetitionId
      : competitions.length === 1
        ? competitions[0].id
        : '',
  );
  const [scope, setScope] = useState<'regional' | 'country'>('regional');
  const [country, setCountry] = useState('');
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const fields = useMemo(
    () => ({
      name: { id: ids.name, label: t('campaigns.form.name') },
      description: { id: ids.description, label: t('campaigns.form.description') },
      competitionId: { id: ids.competition, label: t('campaigns.form.competition') },
      countryCode: { id: ids.country, label: t('campaigns.form.country') },
    }),
    [t],
  );
  const { byInput, summary } = useFormProblems(create.error, fields, { local, messageOnlyWhenRefused: true });
  // the chosen competition's participating countries (all, until it is known)
  const competition = useCompetition(!fixedCountry && scope === 'country' ? competitionId : '');
  const competitionCountries = competition.data ? countries.filter((c) => competition.data.countryCodes.includes(c.code)) : countries;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: Record<string, string[]> = {};
    if (!name.trim()) errors[ids.name] = [t('campaigns.form.nameRequired')];
    if (!competitionId) errors[ids.competition] = [t('campaigns.form.competitionRequired')];
    if (!fixedCountry && scope === 'country' && !country) errors[ids.country] = [t('campaigns.form.countryRequired')];
    if (Object.keys(errors).length) {
      setLocal({ errors, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    const countryCode = fixedCountry ? fixedCountry.code : scope === 'country' ? country : null;
    create.mutate(
      { competitionId, name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}), countryCode },
      { onSuccess: onCreated },
    );
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <ProblemSummary title={t('campaigns.form.problems')} summary={summary} />
      <FormField
        id={ids.name}
        label={t('campaigns.form.name')}
        hint={t('campaigns.form.nameHint')}
        required
        requiredLabel={t('common.required')}
        errors={byInput[ids.name]}
      >
        {(p) => <input {...p} type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
      </FormField>
      <FormField id={ids.description} label={t('campaigns.form.description')} errors={byInput[ids.description]}>
        {(p) => <textarea {...p} rows={3} value={description} maxLength={4000} onChange={(e) => setDescription(e.target.value)} />}
      </FormField>
      <FormField id={ids.competition} label={t('campaigns.form.competition')} required requiredLabel={t('common.required')} errors={byInput[ids.competition]}>
        {(p) => (
          <select {...p} value={competitionId} onChange={(e) => setCompetitionId(e.target.value)} required>
            <option value="">{t('campaigns.form.chooseCompetition')}</option>
            {competitions.map((c) => (
              <option key={c.id} value={c.id} lang={c.lang}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {fixedCountry ? (
        <p>{t('campaigns.form.forCountry', { country: fixedCountry.name })}</p>
      ) : (
        <FieldGroup id={ids.scope} legend={t('campaigns.form.scope')}>
          <div className="checks">
            <label className="check">
              <input type="radio" name="nc-scope" value="regional" checked={scope === 'regional'} onChange={() => setScope('regional')} />
              <span>{t('campaigns.form.regional')}</span>
            </label>
            <label className="check">
              <input type="radio" name="nc-scope" value="country" checked={scope === 'country'} onChange={() => setScope('country')} />
              <span>{t('campaigns.form.oneCountry')}</span>
            </label>
          </div>
          {scope === 'country' ? (
            <FormField id={ids.country} label={t('campaigns.form.country')} required requiredLabel={t('common.required')} errors={byInput[ids.country]}>
              {(p) => <CountrySelect control={p} countries={competitionCountries} value={country} onChange={setCountry} required />}
            </FormField>
          ) : null}
        </FieldGroup>
      )}
      <div className="form-actions">
        <Button type="submit" busy={create.isPending}>
          {t('campaigns.form.create')}
        </Button>
      </div>
    </form>
  );
}
