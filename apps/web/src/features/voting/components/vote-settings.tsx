import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import type { Schemas } from '../../../lib/api-client';
import { datetimeLocalToIso, isoToDatetimeLocal, viewerTimeZone } from '../../../lib/datetime-local';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import { useUpdateVoteSettings } from '../api/update-vote-settings';
import './voting.css';
import { errorMessage } from '../../../lib/error-message';

const ids = { on: 'vs-on', opens: 'vs-opens', closes: 'vs-closes', weight: 'vs-weight' };

/** The organisers' settings of the audience vote: on or off, its window, and its share of the final score (in %). */
export function VoteSettings({ competition }: { competition: Schemas['CompetitionDto'] }) {
  const { t } = useTranslation();
  const save = useUpdateVoteSettings(competition.id);
  const [on, setOn] = useState(competition.audienceVoting);
  const [opens, setOpens] = useState(isoToDatetimeLocal(competition.votingOpensAt));
  const [closes, setCloses] = useState(isoToDatetimeLocal(competition.votingClosesAt));
  const [weight, setWeight] = useState(String(Math.round(competition.audienceWeight * 1000) / 10));
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const [status, setStatus] = useState('');
  const fields = useMemo(
    () => ({
      audienceVoting: { id: ids.on, label: t('voting.settings.on') },
      votingOpensAt: { id: ids.opens, label: t('voting.settings.opens') },
      votingClosesAt: { id: ids.closes, label: t('voting.settings.closes') },
      audienceWeight: { id: ids.weight, label: t('voting.settings.weight') },
    }),
    [t],
  );
  const { byInput, summary } = useFormProblems(save.error, fields, { local, message: errorMessage, messageOnlyWhenRefused: true });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setStatus('');
    const errors: Record<string, string[]> = {};
    const opensAt = opens ? datetimeLocalToIso(opens) : null;
    const closesAt = closes ? datetimeLocalToIso(closes) : null;
    const pct = Number(weight);
    if (on && !opensAt) errors[ids.opens] = [t('voting.settings.windowRequired')];
    if (on && !closesAt) errors[ids.closes] = [t('voting.settings.windowRequired')];
    if (opensAt && closesAt && closesAt <= opensAt) errors[ids.closes] = [t('voting.settings.closesAfterOpens')];
    if (weight.trim() === '' || !Number.isFinite(pct) || pct < 0 || pct > 100) errors[ids.weight] = [t('voting.settings.weightRange')];
    if (Object.keys(errors).length) {
      setLocal({ errors, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    save.mutate(
      { audienceVoting: on, votingOpensAt: opensAt, votingClosesAt: closesAt, audienceWeight: Math.round(pct * 10) / 1000 },
      { onSuccess: () => setStatus(t('voting.settings.saved')) },
    );
  }

  return (
    <section className="panel after-form vote-settings" aria-labelledby="vs-h">
      <h2 id="vs-h">{t('voting.settings.title')}</h2>
      <p className="muted">{t('voting.settings.lead')}</p>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <ProblemSummary title={t('voting.settings.problems')} summary={summary} />
        <div className="checks">
          <label className="check">
            <input id={ids.on} type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
            <span>{t('voting.settings.on')}</span>
          </label>
        </div>
        <div className="grid-2">
          <FormField
            id={ids.opens}
            label={t('voting.settings.opens')}
            hint={t('voting.settings.zoneHint', { zone: viewerTimeZone() })}
            errors={byInput[ids.opens]}
          >
            {(p) => <input {...p} type="datetime-local" value={opens} onChange={(e) => setOpens(e.target.value)} />}
          </FormField>
          <FormField
            id={ids.closes}
            label={t('voting.settings.closes')}
            hint={t('voting.settings.zoneHint', { zone: viewerTimeZone() })}
            errors={byInput[ids.closes]}
          >
            {(p) => <input {...p} type="datetime-local" value={closes} onChange={(e) => setCloses(e.target.value)} />}
          </FormField>
        </div>
        <FormField id={ids.weight} label={t('voting.settings.weight')} hint={t('voting.settings.weightHint')} errors={byInput[ids.weight]}>
          {(p) => <input {...p} type="number" inputMode="decimal" min={0} max={100} step={0.1} value={weight} onChange={(e) => setWeight(e.target.value)} />}
        </FormField>
        <div className="inline-actions">
          <Button type="submit" busy={save.isPending}>
            {t('voting.settings.save')}
          </Button>
          <span role="status" aria-live="polite" className="muted small">
            {save.isPending ? t('common.saving') : status}
          </span>
        </div>
      </form>
    </section>
  );
}
