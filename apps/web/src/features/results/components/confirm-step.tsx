import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';

/** A question asked in place before an action that cannot be taken back; it takes the focus, Escape cancels. */
export function ConfirmStep({ title, children, confirmLabel, busy, tone = 'primary', onConfirm, onCancel }: { title: string; children?: ReactNode; confirmLabel: string; busy?: boolean; tone?: 'primary' | 'danger'; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      className={`confirm-step confirm-${tone}`}
      role="group"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id={titleId} className="confirm-title">
        {title}
      </p>
      {children}
      <div className="form-actions">
        <Button variant={tone === 'danger' ? 'danger' : 'primary'} busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          {t('results.cancel')}
        </Button>
      </div>
    </div>
  );
}
