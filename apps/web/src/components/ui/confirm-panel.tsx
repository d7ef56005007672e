import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { Button } from './button';
import './confirm-panel.css';

export interface ConfirmPanelProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
  /** id of the control that asked; it gets the focus back when the question is cancelled */
  returnFocusTo?: string;
}

/**
 * A question asked in place before an action that cannot be taken back: it takes the focus when it appears, says
 * what will happen, and offers the action and "Cancel" (Escape cancels too).
 */
export function ConfirmPanel({ title, children, confirmLabel, busy, tone = 'danger', onConfirm, onCancel, returnFocusTo }: ConfirmPanelProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const cancel = () => {
    onCancel();
    if (returnFocusTo) setTimeout(() => document.getElementById(returnFocusTo)?.focus(), 0);
  };
  return (
    <div
      ref={ref}
      className={`confirm-panel confirm-${tone}`}
      role="group"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          cancel();
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
        <Button variant="secondary" onClick={cancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
