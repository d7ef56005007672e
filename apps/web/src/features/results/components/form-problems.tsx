import { useTranslation } from 'react-i18next';
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/ui/error-summary';
import { fieldErrorsFrom } from '../../../lib/form-errors';
import { apiMessage } from '../utils/format';

export interface LocalProblems {
  /** input id → messages */
  errors: Record<string, string[]>;
  /** bumps on each refused attempt, so the summary takes the focus again */
  attempt: number;
}

/**
 * The problems of a form: the ones found before sending (linked to their inputs), else the server's refusal with
 * its message and any field errors.
 */
export function FormProblems({ local, error, labels }: { local: LocalProblems | null; error: unknown; labels: Record<string, string> }) {
  const { t } = useTranslation();
  if (local && Object.keys(local.errors).length) {
    const items: ErrorSummaryItem[] = Object.entries(local.errors).map(([id, messages]) => ({
      targetId: id,
      text: `${labels[id] ?? id}: ${messages.join('; ')}`,
    }));
    return <ErrorSummary title={t('form.errorSummaryTitle')} items={items} focusKey={local.attempt} />;
  }
  if (error) {
    const items = Object.entries(fieldErrorsFrom(error)).map(([path, messages]) => ({ text: `${path}: ${messages.join('; ')}` }));
    return <ErrorSummary title={t('form.errorSummaryTitle')} message={apiMessage(t, error)} items={items} focusKey={error} />;
  }
  return null;
}
