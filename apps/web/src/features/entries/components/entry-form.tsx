import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { fitCategories } from '@clapper/domain/categories';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { FormField } from '../../../components/ui/form-field';
import { useFormProblems } from '../../../lib/use-form-problems';
import type { Entry } from '../api/get-entry';
import { useCreateEntry } from '../api/create-entry';
import { formatNumber } from '../../../lib/format';
import { categoryLabel } from '../../../lib/category-label';
import {
  detailsBody,
  detailsFieldMap,
  emptyDetails,
  emptyMemberRow,
  EntryDetailsFields,
  entryFieldIds,
  EntryRosterFields,
  membersBody,
  rosterFieldMap,
  type DetailsValues,
  type EntryCompetitionOption,
  type MemberRow,
} from './entry-fields';

const ids = entryFieldIds('ef');

/** The signed-in student, as the team's first member. */
export interface MemberPrefill {
  fullName: string;
  dateOfBirth: string;
  schoolName: string;
}

export interface EntryFormProps {
  competitions: EntryCompetitionOption[];
  /** the competition chosen before the form ("Enter this competition"): shown, not asked */
  competitionId?: string;
  /** where to choose another competition instead, when there are others */
  chooseAnother?: string;
  /** the first member, filled in from the account */
  firstMember?: MemberPrefill | null;
  onCreated: (entry: Entry) => void;
}

/**
 * Starts an entry: competition, category, title, synopses, language, sources, supervising teacher and the team. The
 * category follows from the members' dates of birth on the competition's reference date where only one fits (the
 * team can still change it); the hint says which fit, or why none does.
 */
export function EntryForm({ competitions, competitionId: fixedId, chooseAnother, firstMember, onCreated }: EntryFormProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateEntry();
  const [competitionId, setCompetitionId] = useState(fixedId ?? (competitions.length === 1 ? competitions[0].id : ''));
  const [details, setDetails] = useState<DetailsValues>(emptyDetails);
  const [members, setMembers] = useState<MemberRow[]>(() => [firstMember ? { ...emptyMemberRow(), ...firstMember } : emptyMemberRow()]);
  // a category the team picked themselves is theirs; until then it follows their ages
  const [categoryPicked, setCategoryPicked] = useState(false);
  const competition = competitions.find((c) => c.id === competitionId);
  const fixed = Boolean(fixedId && competition);
  const fit = useMemo(
    () =>
      competition?.referenceDate
        ? fitCategories(
            members.map((m) => m.dateOfBirth),
            competition.referenceDate,
            competition.categories,
          )
        : ({ kind: 'unknown' } as const),
    [competition, members],
  );
  const categoryId = !categoryPicked && fit.kind === 'one' ? fit.category.id : details.categoryId;
  const categoryHint = categoryFitHint(t, fit, competition?.referenceDate ?? '', i18n.language);

  const fields = useMemo(
    () => ({
      competitionId: { id: ids.competition, label: t('entries.fields.competition') },
      ...detailsFieldMap(t, ids),
      ...rosterFieldMap(t, ids, members.length),
    }),
    [t, members.length],
  );
  const { byInput, summary } = useFormProblems(create.error, fields);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ competitionId, ...detailsBody({ ...details, categoryId }), members: membersBody(members) }, { onSuccess: onCreated });
  }

  return (
    <form className="form form-wide" onSubmit={onSubmit} noValidate>
      <ProblemSummary summary={summary} />

      <section className="panel" aria-labelledby="ef-basics-h">
        <h2 id="ef-basics-h">{t('entries.form.basics')}</h2>
        {fixed ? (
          <dl className="facts chosen-competition">
            <div>
              <dt>{t('entries.fields.competition')}</dt>
              <dd>
                <strong id={ids.competition} tabIndex={-1}>
                  {competition?.name}
                </strong>
                {chooseAnother ? (
                  <>
                    {' '}
                    <Link to={chooseAnother} className="small">
                      {t('entries.path.chooseAnother')}
                    </Link>
                  </>
                ) : null}
              </dd>
            </div>
          </dl>
        ) : (
          <FormField
            id={ids.competition}
            label={t('entries.fields.competition')}
            required
            requiredLabel={t('common.required')}
            errors={byInput[ids.competition]}
          >
            {(p) => (
              <select
                {...p}
                value={competitionId}
                required
                onChange={(e) => {
                  setCompetitionId(e.target.value);
                  setCategoryPicked(false);
                  setDetails((d) => ({ ...d, categoryId: '' }));
                }}
              >
                <option value="">{t('entries.form.chooseCompetition')}</option>
                {competitions.map((c) => (
                  <option key={c.id} value={c.id} lang={c.nameLang}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <EntryDetailsFields
          ids={ids}
          values={{ ...details, categoryId }}
          onChange={(patch) => {
            if (patch.categoryId !== undefined) setCategoryPicked(true);
            setDetails((d) => ({ ...d, ...patch }));
          }}
          competition={competition}
          errors={byInput}
          withPlaceholders
          categoryHint={categoryHint}
        />
      </section>

      <section className="panel" aria-labelledby="ef-team-h">
        <h2 id="ef-team-h">{t('entries.team.title')}</h2>
        {firstMember ? <p className="notice notice-info">{t('entries.path.prefilled')}</p> : null}
        <EntryRosterFields ids={ids} rows={members} setRows={setMembers} errors={byInput} />
      </section>

      <div className="form-actions">
        <Button type="submit" busy={create.isPending}>
          {create.isPending ? t('common.saving') : t('entries.form.create')}
        </Button>
      </div>
    </form>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

/** What the members' ages say about the category, for the category's hint; undefined when no date is given yet. */
function categoryFitHint(t: T, fit: ReturnType<typeof fitCategories<EntryCompetitionOption['categories'][number]>>, referenceDate: string, lng: string) {
  const label = (c: EntryCompetitionOption['categories'][number]) => categoryLabel(c, lng, (min, max) => t('competitions.ageRange', { min, max }));
  switch (fit.kind) {
    case 'unknown':
      return undefined;
    case 'one':
      return t('entries.path.categoryChosen', { name: label(fit.category), date: referenceDate });
    case 'several':
      return t('entries.path.categorySeveral', { names: fit.categories.map(label), date: referenceDate });
    case 'none':
      return t('entries.path.categoryNone', { ages: fit.ages.map((a) => formatNumber(a, lng)), date: referenceDate });
  }
}
