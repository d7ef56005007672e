import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import { languageLabel } from '../../../lib/languages';
import { localize, toLocalizedText } from '../../../lib/localized-text';
import type { Competition } from '../../../api/get-competition';
import { useCreateAward, type AwardInput } from '../api/create-award';
import type { Award } from '../api/get-awards';
import { useUpdateAward } from '../api/update-award';
import { errorMessage } from '../../../lib/error-message';
import { AWARD_KINDS, type AwardKind } from '@clapper/domain/awards';

type Kind = AwardKind;

export interface CriterionOption {
  key: string;
  name: string;
}

/**
 * Defines or changes an award: its kind, its name and ceremony line in each of the competition's languages (English
 * required), reveal position, places, category, and for a special award the criterion it is given for.
 */
export function AwardForm({
  competition,
  award,
  criteria,
  onDone,
}: {
  competition: Competition;
  award?: Award;
  criteria: CriterionOption[];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const create = useCreateAward(competition.id);
  const update = useUpdateAward(competition.id);
  const mutation = award ? update : create;
  const languages = [...new Set(['en', ...competition.languages])];
  const [kind, setKind] = useState<Kind>((award?.kind as Kind) ?? 'grand_prize');
  const [name, setName] = useState<Record<string, string>>(() => Object.fromEntries(languages.map((l) => [l, award?.name[l] ?? ''])));
  const [description, setDescription] = useState<Record<string, string>>(() => Object.fromEntries(languages.map((l) => [l, award?.description[l] ?? ''])));
  const [position, setPosition] = useState(award ? String(award.position) : '');
  const [places, setPlaces] = useState(String(award?.places ?? 1));
  const [categoryId, setCategoryId] = useState(award?.categoryId ?? '');
  const [criterion, setCriterion] = useState(award?.criterion ?? '');
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const id = (field: string) => `${uid}-${field}`;
  const lang = (code: string) => languageLabel(code, i18n.language);
  // server field paths → the inputs that show them (`name.en`, or `name` as a whole, beside the English name)
  const fields = {
    name: { id: id('name-en'), label: t('results.awards.form.nameIn', { language: lang('en') }) },
    places: { id: id('places'), label: t('results.awards.form.places') },
    position: { id: id('position'), label: t('results.awards.form.position') },
  };
  const problems = useFormProblems(mutation.error, fields, { local, message: errorMessage });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: Record<string, string[]> = {};
    if (!name.en?.trim()) errors[id('name-en')] = [t('results.awards.form.nameRequired')];
    const n = Number(places);
    if (!Number.isInteger(n) || n < 1 || n > 20) errors[id('places')] = [t('results.awards.form.placesRange')];
    if (position !== '' && (!Number.isInteger(Number(position)) || Number(position) < 0)) errors[id('position')] = [t('results.awards.form.positionRange')];
    if (Object.keys(errors).length) {
      setLocal({ errors, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    const body: AwardInput = {
      kind,
      name: toLocalizedText(name),
      description: toLocalizedText(description),
      places: n,
      categoryId: categoryId || null,
      criterion: kind === 'special' ? criterion || null : null,
      ...(position !== '' ? { position: Number(position) } : {}),
    };
    if (award) update.mutate({ awardId: award.id, body }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: onDone });
  }

  const err = (field: string) => problems.byInput[id(field)];
  const described = (field: string, hint?: boolean) =>
    [hint ? `${id(field)}-hint` : null, err(field) ? `${id(field)}-error` : null].filter(Boolean).join(' ') || undefined;
  const ErrorText = ({ field }: { field: string }) =>
    err(field) ? (
      <p className="field-error" id={`${id(field)}-error`}>
        {err(field)!.join('; ')}
      </p>
    ) : null;

  return (
    <form className="form award-form" onSubmit={onSubmit} noValidate aria-labelledby={id('h')}>
      <h3 id={id('h')}>{award ? t('results.awards.form.editTitle', { name: localize(award.name, i18n.language) }) : t('results.awards.form.newTitle')}</h3>
      <ProblemSummary summary={problems.summary} />
      <div className="field">
        <label className="field-label" htmlFor={id('kind')}>
          {t('results.awards.form.kind')}
        </label>
        <select id={id('kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {AWARD_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`results.awards.kind.${k}`)}
            </option>
          ))}
        </select>
        <p className="field-hint">{t(`results.awards.kindHint.${kind}`)}</p>
      </div>
      <div className="award-form-langs">
        {languages.map((l) => (
          <fieldset key={l} className="field field-group" lang={l}>
            <legend className="field-label">{lang(l)}</legend>
            <div className={`field${err(`name-${l}`) ? ' field-invalid' : ''}`}>
              <label className="field-label" htmlFor={id(`name-${l}`)}>
                {t('results.awards.form.nameIn', { language: lang(l) })}
                {l === 'en' ? <span className="field-required"> ({t('common.required')})</span> : null}
              </label>
              <ErrorText field={`name-${l}`} />
              <input
                id={id(`name-${l}`)}
                value={name[l] ?? ''}
                maxLength={120}
                aria-invalid={err(`name-${l}`) ? true : undefined}
                aria-describedby={described(`name-${l}`)}
                onChange={(e) => setName({ ...name, [l]: e.target.value })}
              />
            </div>
            <div className="field">
              <label className="field-label" htmlFor={id(`desc-${l}`)}>
                {t('results.awards.form.descriptionIn', { language: lang(l) })}
              </label>
              <textarea
                id={id(`desc-${l}`)}
                rows={2}
                maxLength={500}
                value={description[l] ?? ''}
                onChange={(e) => setDescription({ ...description, [l]: e.target.value })}
              />
            </div>
          </fieldset>
        ))}
      </div>
      <div className="grid-3">
        <div className={`field${err('places') ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor={id('places')}>
            {t('results.awards.form.places')}
          </label>
          <p className="field-hint" id={`${id('places')}-hint`}>
            {kind === 'country_best' ? t('results.awards.form.placesPerCountry') : t('results.awards.form.placesHint')}
          </p>
          <ErrorText field="places" />
          <input
            id={id('places')}
            type="number"
            min={1}
            max={20}
            inputMode="numeric"
            value={places}
            aria-invalid={err('places') ? true : undefined}
            aria-describedby={described('places', true)}
            onChange={(e) => setPlaces(e.target.value)}
          />
        </div>
        <div className={`field${err('position') ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor={id('position')}>
            {t('results.awards.form.position')}
          </label>
          <p className="field-hint" id={`${id('position')}-hint`}>
            {t('results.awards.form.positionHint')}
          </p>
          <ErrorText field="position" />
          <input
            id={id('position')}
            type="number"
            min={0}
            max={1000}
            inputMode="numeric"
            value={position}
            aria-invalid={err('position') ? true : undefined}
            aria-describedby={described('position', true)}
            onChange={(e) => setPosition(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={id('category')}>
            {t('results.awards.form.category')}
          </label>
          <select id={id('category')} value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            <option value="">{t('results.awards.form.anyCategory')}</option>
            {competition.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {localize(c.name, i18n.language)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {kind === 'special' ? (
        <div className="field">
          <label className="field-label" htmlFor={id('criterion')}>
            {t('results.awards.form.criterion')}
          </label>
          <p className="field-hint" id={`${id('criterion')}-hint`}>
            {t('results.awards.form.criterionHint')}
          </p>
          <select id={id('criterion')} value={criterion} aria-describedby={`${id('criterion')}-hint`} onChange={(e) => setCriterion(e.target.value)}>
            <option value="">{t('results.awards.form.noCriterion')}</option>
            {criteria.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={mutation.isPending}>
          {award ? t('results.awards.form.save') : t('results.awards.form.create')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('results.cancel')}
        </Button>
      </div>
    </form>
  );
}
