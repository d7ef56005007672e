import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import { useRecordUse } from '../api/record-use';
import { todayLocal } from '../utils/today';

const MAX_CHANNEL = 200;

/**
 * Records one use of a work: the channel (where it ran), the day, a note. Checked here first (a channel, a real
 * day not in the future); the API's field errors land beside their inputs, a refusal above the form.
 */
export function RecordUseForm({ campaignId, entryId, code, onRecorded }: { campaignId: string; entryId: string; code: string; onRecorded?: () => void }) {
  const { t } = useTranslation();
  const record = useRecordUse(campaignId);
  const today = todayLocal();
  const [channel, setChannel] = useState('');
  const [usedOn, setUsedOn] = useState(today);
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const [status, setStatus] = useState('');
  const ids = useMemo(() => ({ channel: `use-${entryId}-channel`, usedOn: `use-${entryId}-date`, note: `use-${entryId}-note` }), [entryId]);
  const fields = useMemo(
    () => ({
      channel: { id: ids.channel, label: t('campaigns.use.channel') },
      usedOn: { id: ids.usedOn, label: t('campaigns.use.date') },
      note: { id: ids.note, label: t('campaigns.use.note') },
    }),
    [ids, t],
  );
  const { byInput, summary } = useFormProblems(record.error, fields, { local, messageOnlyWhenRefused: true });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setStatus('');
    const errors: Record<string, string[]> = {};
    const c = channel.trim();
    if (!c) errors[ids.channel] = [t('campaigns.use.channelRequired')];
    else if (c.length > MAX_CHANNEL) errors[ids.channel] = [t('campaigns.use.channelTooLong', { max: MAX_CHANNEL })];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(usedOn)) errors[ids.usedOn] = [t('campaigns.use.dateRequired')];
    else if (usedOn > today) errors[ids.usedOn] = [t('campaigns.use.dateFuture')];
    if (Object.keys(errors).length) {
      setLocal({ errors, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    record.mutate(
      { entryId, channel: c, usedOn, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          setChannel('');
          setNote('');
          setUsedOn(todayLocal());
          setStatus(t('campaigns.use.recorded', { code }));
          onRecorded?.();
        },
      },
    );
  }

  return (
    <form className="stack use-form" onSubmit={onSubmit} noValidate aria-label={t('campaigns.use.formLabel', { code })}>
      <ProblemSummary title={t('campaigns.use.problemsTitle')} summary={summary} />
      <FormField
        id={ids.channel}
        label={t('campaigns.use.channel')}
        hint={t('campaigns.use.channelHint')}
        required
        requiredLabel={t('common.required')}
        errors={byInput[ids.channel]}
      >
        {(p) => <input {...p} type="text" value={channel} maxLength={MAX_CHANNEL + 20} onChange={(e) => setChannel(e.target.value)} autoComplete="off" />}
      </FormField>
      <FormField id={ids.usedOn} label={t('campaigns.use.date')} required requiredLabel={t('common.required')} errors={byInput[ids.usedOn]}>
        {(p) => <input {...p} type="date" value={usedOn} max={today} onChange={(e) => setUsedOn(e.target.value)} />}
      </FormField>
      <FormField id={ids.note} label={t('campaigns.use.note')} errors={byInput[ids.note]}>
        {(p) => <textarea {...p} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
      <div className="inline-actions">
        <Button type="submit" variant="secondary" busy={record.isPending}>
          {t('campaigns.use.submit')}
        </Button>
        <span role="status" aria-live="polite" className="muted small">
          {record.isPending ? t('common.saving') : status}
        </span>
      </div>
    </form>
  );
}
