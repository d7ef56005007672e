import { useTranslation } from '../../../lib/use-translation';
import type { ReactNode } from 'react';
import { ErrorNotice } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/error-message';

/** An action the API refused: what was refused, then why (which rule, with its facts, what to do) in the reader's language. */
export function RefusalNotice({ title, error, children }: { title: string; error: unknown; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ErrorNotice title={title}>
      <p>{errorMessage(t, error)}</p>
      {children}
    </ErrorNotice>
  );
}
