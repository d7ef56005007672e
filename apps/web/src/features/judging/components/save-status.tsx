import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { errorMessage } from '../../../lib/error-message';
import type { SaveStatus as Status } from '../utils/use-scorecard-saver';
import { formatClock } from '../utils/scoring';

/** "Saved at 14:05", "Saving…", or why it was not saved; announced politely as it changes. */
export function SaveStatus({ status, onRetry }: { status: Status; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  let text: string;
  switch (status.kind) {
    case 'idle':
      text = t('judge.save.idle');
      break;
    case 'pending':
      text = t('judge.save.pending');
      break;
    case 'saving':
      text = t('common.saving');
      break;
    case 'saved':
      text = status.at ? t('judge.save.savedAt', { time: formatClock(status.at, lng) }) : t('judge.save.saved');
      break;
    case 'error':
      text = t('judge.save.error', { reason: errorMessage(t, status.error) });
      break;
    case 'locked':
      text = t('judge.save.locked');
      break;
    case 'conflict':
      text = t('judge.save.conflict');
      break;
  }
  const problem = status.kind === 'error' || status.kind === 'locked' || status.kind === 'conflict';
  return (
    <div className={`save-status save-status-${status.kind}`}>
      <p role="status" aria-live="polite" className={problem ? 'save-status-text field-error' : 'save-status-text'}>
        {text}
      </p>
      {status.kind === 'error' ? (
        <Button variant="secondary" onClick={onRetry}>
          {t('judge.save.retry')}
        </Button>
      ) : null}
    </div>
  );
}
