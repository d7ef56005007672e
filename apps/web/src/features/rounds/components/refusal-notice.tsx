import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { ErrorNotice } from '../../../components/ui/query-state';
import { refusalMessage } from '../utils/refusal';

/** An action the API refused: what was refused, then why in the server's words (which rule, what to do). */
export function RefusalNotice({ title, error, message, children }: { title: string; error: unknown; message?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ErrorNotice title={title}>
      <p>{message ?? refusalMessage(t, error)}</p>
      {children}
    </ErrorNotice>
  );
}
