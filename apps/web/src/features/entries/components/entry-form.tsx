import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { FormField } from '../../../components/ui/form-field';
import { useFormProblems } from '../../../lib/use-form-problems';
import type { Entry } from '../api/get-entry';
import { useCreateEntry } from '../api/create-entry';
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

/** Starts an entry: competition, category, title, synopses, language, sources, supervising teacher and the team. */
export function EntryForm({ competitions, onCreated }: { competitions: EntryCompetitionOption[]; onCreated: (entry: Entry) => void }) {
  const { t } = useTranslation();
  const create = useCreateEntry();
  const [competitionId, setCompetitionId] = useState(competitions.length === 1 ? competitions[0].id : '');
  const [details, setDetails] = useState<DetailsValues>(emptyDetails);
  const [members, setMembers] = useState<MemberRow[]>(() => [emptyMemberRow()]);
  const competition = competitions.find((c) => c.id === competitionId);

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
    create.mutate({ competitionId, ...detailsBody(details), members: membersBody(members) }, { onSuccess: onCreated });
  }

  return (
    <form className="form form-wide" onSubmit={onSubmit} noValidate>
      <ProblemSummary summary={summary} />

      <section className="panel" aria-labelledby="ef-basics-h">
        <h2 id="ef-basics-h">{t('entries.form.basics')}</h2>
        <FormField id={ids.competition} label={t('entries.fields.competition')} required requiredLabel={t('common.required')} errors={byInput[ids.competition]}>
          {(p) => (
            <select
              {...p}
              value={competitionId}
              required
              onChange={(e) => {
                setCompetitionId(e.target.value);
                setDetails((d) => ({ ...d, categoryId: '' }));
              }}
            >
              <option value="">{t('entries.form.chooseCompetition')}</option>
              {competitions.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <EntryDetailsFields
          ids={ids}
          values={details}
          onChange={(patch) => setDetails((d) => ({ ...d, ...patch }))}
          competition={competition}
          errors={byInput}
          withPlaceholders
        />
      </section>

      <section className="panel" aria-labelledby="ef-team-h">
        <h2 id="ef-team-h">{t('entries.team.title')}</h2>
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
