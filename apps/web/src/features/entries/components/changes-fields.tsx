import { useTranslation } from '../../../lib/use-translation';
import { FormField } from '../../../components/ui/form-field';
import { viewerTimeZone } from '../../../lib/datetime-local';

export interface ChangesDraft {
  message: string;
  /** a datetime-local value in the viewer's time zone */
  dueAt: string;
}

/** What a request for changes tells the team: the message and the deadline to resubmit (named with the time zone). */
export function ChangesFields({
  idPrefix,
  value,
  onChange,
  errors,
}: {
  idPrefix: string;
  value: ChangesDraft;
  onChange: (next: ChangesDraft) => void;
  errors: Record<string, string[] | undefined>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormField
        id={`${idPrefix}-message`}
        label={t('review.changes.message')}
        hint={t('review.changes.messageHint')}
        errors={errors[`${idPrefix}-message`]}
        required
      >
        {(p) => <textarea {...p} rows={3} value={value.message} maxLength={2000} onChange={(e) => onChange({ ...value, message: e.target.value })} required />}
      </FormField>
      <FormField
        id={`${idPrefix}-due`}
        label={t('review.changes.dueAt')}
        hint={t('review.changes.dueAtHint', { zone: viewerTimeZone() })}
        errors={errors[`${idPrefix}-due`]}
        required
      >
        {(p) => <input {...p} type="datetime-local" value={value.dueAt} onChange={(e) => onChange({ ...value, dueAt: e.target.value })} required />}
      </FormField>
    </>
  );
}
