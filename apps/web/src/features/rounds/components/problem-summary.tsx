import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import type { ProblemSummary as Summary } from '../utils/use-problems';

/** The form's problems at its top (see useProblems), or nothing when there are none. */
export function ProblemSummary({ summary }: { summary: Summary | null }) {
  const { t } = useTranslation();
  if (!summary) return null;
  return <ErrorSummary title={t('form.errorSummaryTitle')} message={summary.message} items={summary.items} focusKey={summary.focusKey} />;
}
