import { useTranslation } from '../../../lib/use-translation';
import type { Schemas } from '../../../lib/api-client';

type Status = Schemas['EntryDto']['status'];
type Eligibility = Schemas['EntryDto']['eligibility'];

export function EntryStatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <span className={`badge badge-entry-${status}`}>{t(`entries.status.${status}`)}</span>;
}

/** Eligibility matters once an entry is submitted; before that it is not shown. */
export function EligibilityBadge({ eligibility }: { eligibility: Eligibility }) {
  const { t } = useTranslation();
  return <span className={`badge badge-eligibility-${eligibility}`}>{t(`entries.eligibility.${eligibility}`)}</span>;
}
