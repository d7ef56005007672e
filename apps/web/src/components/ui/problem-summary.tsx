import { useTranslation } from '../../lib/use-translation';
import type { ProblemSummaryData } from '../../lib/use-form-problems';
import { ErrorSummary } from './error-summary';

/** A form's problems at its top (see useFormProblems), or nothing when there are none. */
export function ProblemSummary({ summary, title }: { summary: ProblemSummaryData | null; title?: string }) {
  const { t } = useTranslation();
  if (!summary) return null;
  return <ErrorSummary title={title ?? t('form.errorSummaryTitle')} message={summary.message} items={summary.items} focusKey={summary.focusKey} />;
}
