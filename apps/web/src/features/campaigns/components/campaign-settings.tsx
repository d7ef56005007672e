import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { ErrorNotice } from '../../../components/ui/query-state';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useDeleteCampaign } from '../api/delete-campaign';
import type { CampaignDetail } from '../api/get-campaign';
import { useUpdateCampaign } from '../api/update-campaign';
import { errorMessage } from '../../../lib/error-message';

/** Renames the campaign or rewrites its description; deletes it (refused, with the API's reason, once it has history). */
export function CampaignSettings({ campaign, onDeleted }: { campaign: CampaignDetail; onDeleted: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCampaign(campaign.id);
  const del = useDeleteCampaign(campaign.id);
  const [name, setName] = useState(campaign.name);
  const [description, setDescription] = useState(campaign.description);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const fields = useMemo(
    () => ({ name: { id: 'ce-name', label: t('campaigns.form.name') }, description: { id: 'ce-description', label: t('campaigns.form.description') } }),
    [t],
  );
  const nameMissing = attempt > 0 && !name.trim();
  const local = useMemo(() => (nameMissing ? { errors: { 'ce-name': [t('campaigns.form.nameRequired')] }, attempt } : null), [nameMissing, attempt, t]);
  const { byInput, summary } = useFormProblems(update.error, fields, { local, messageOnlyWhenRefused: true });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setStatus('');
    if (!name.trim()) {
      setAttempt((n) => n + 1);
      return;
    }
    setAttempt(0);
    update.mutate({ name: name.trim(), description: description.trim() }, { onSuccess: () => setStatus(t('campaigns.edit.saved')) });
  }

  return (
    <details className="panel campaign-settings">
      <summary>{t('campaigns.edit.title')}</summary>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <ProblemSummary title={t('campaigns.edit.problems')} summary={summary} />
        <FormField id="ce-name" label={t('campaigns.form.name')} required requiredLabel={t('common.required')} errors={byInput['ce-name']}>
          {(p) => <input {...p} type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
        </FormField>
        <FormField id="ce-description" label={t('campaigns.form.description')} errors={byInput['ce-description']}>
          {(p) => <textarea {...p} rows={3} value={description} maxLength={4000} onChange={(e) => setDescription(e.target.value)} />}
        </FormField>
        <div className="inline-actions">
          <Button type="submit" busy={update.isPending}>
            {t('campaigns.edit.save')}
          </Button>
          <span role="status" aria-live="polite" className="muted small">
            {update.isPending ? t('common.saving') : status}
          </span>
        </div>
      </form>
      <div className="danger-zone">
        <h3>{t('campaigns.delete.title')}</h3>
        <p className="muted small">{t('campaigns.delete.lead')}</p>
        {del.isError ? (
          <ErrorNotice title={t('campaigns.delete.refused')}>
            <p>{errorMessage(t, del.error)}</p>
          </ErrorNotice>
        ) : null}
        {confirming ? (
          <div className="inline-actions" role="group" aria-label={t('campaigns.delete.confirm', { name: campaign.name })}>
            <span>{t('campaigns.delete.confirm', { name: campaign.name })}</span>
            <Button variant="danger" busy={del.isPending} onClick={() => del.mutate(undefined, { onSuccess: onDeleted })}>
              {t('campaigns.delete.yes')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('campaigns.delete.no')}
            </Button>
          </div>
        ) : (
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t('campaigns.delete.button')}
          </Button>
        )}
      </div>
    </details>
  );
}
