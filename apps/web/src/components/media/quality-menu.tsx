import { useId } from 'react';
import { useTranslation } from '../../lib/use-translation';
import type { LadderState } from './use-ladder';

/** The player's quality choice: automatic (saying which rung plays now) or one rung, smallest first. */
export function QualityMenu({ ladder }: { ladder: LadderState }) {
  const { t } = useTranslation();
  const id = useId();
  if (ladder.mode !== 'hls' || ladder.rungs.length < 2) return null;
  return (
    <div className="player-quality">
      <label htmlFor={id}>{t('video.player.quality')}</label>
      <select id={id} value={ladder.chosen ?? ''} onChange={(e) => ladder.choose(e.target.value === '' ? null : e.target.value)}>
        <option value="">{ladder.rung ? t('video.player.autoAt', { rung: ladder.rung }) : t('video.player.auto')}</option>
        {ladder.rungs.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
