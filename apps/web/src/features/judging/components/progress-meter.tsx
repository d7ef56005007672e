import { useTranslation } from '../../../lib/use-translation';
import './judging.css';

/** "12 of 40 scored" as a labelled progress bar with the same words beside it. */
export function ProgressMeter({ id, label, done, total }: { id: string; label: string; done: number; total: number }) {
  const { t } = useTranslation();
  const text = t('judge.progress.count', { done, total });
  return (
    <div className="judge-progress">
      <span id={`${id}-label`} className="judge-progress-label">
        {label}
      </span>
      <progress aria-labelledby={`${id}-label`} aria-valuetext={text} max={Math.max(total, 1)} value={Math.min(done, total)} />
      <span className="judge-progress-text">{text}</span>
    </div>
  );
}
