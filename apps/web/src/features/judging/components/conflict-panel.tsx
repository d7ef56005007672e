import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { formatDateTime } from '../../../lib/format';
import type { Criterion } from '../api/get-judge-entry';
import type { Scorecard } from '../api/save-scorecard';
import { criterionName } from '../utils/scoring';
import type { ScorecardValues } from '../utils/use-scorecard-saver';

export interface ConflictPanelProps {
  criteria: Criterion[];
  mine: ScorecardValues;
  current: Scorecard;
  overallComment: boolean;
  onUseCurrent: () => void;
  onKeepMine: () => void;
}

/**
 * The scorecard changed elsewhere (another tab or device): the judge's version beside the current one, and the
 * choice between them. Takes the focus when it appears.
 */
export function ConflictPanel({ criteria, mine, current, overallComment, onUseCurrent, onKeepMine }: ConflictPanelProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [current.version]);
  const none = t('judge.conflict.none');
  const texts: { key: keyof ScorecardValues & keyof Scorecard; label: string }[] = [
    ...(overallComment ? [{ key: 'overallComment' as const, label: t('judge.score.overallComment') }] : []),
    { key: 'privateNote', label: t('judge.score.privateNote') },
    { key: 'teamFeedback', label: t('judge.score.teamFeedback') },
  ];
  return (
    <section ref={ref} tabIndex={-1} className="notice notice-error judge-conflict" role="alert" aria-labelledby="jc-h">
      <h3 id="jc-h" className="notice-title">
        {t('judge.conflict.title')}
      </h3>
      <p>{t('judge.conflict.text', { at: formatDateTime(current.updatedAt, lng) })}</p>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('judge.conflict.what')}</th>
              <th scope="col">{t('judge.conflict.mine')}</th>
              <th scope="col">{t('judge.conflict.current')}</th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => {
              const a = mine.scores[c.key];
              const b = current.scores[c.key];
              return (
                <tr key={c.key} className={a === b ? undefined : 'judge-conflict-differs'}>
                  <th scope="row">
                    {criterionName(c, lng)}
                    {a === b ? null : <Differs />}
                  </th>
                  <td className="num">{a ?? none}</td>
                  <td className="num">{b ?? none}</td>
                </tr>
              );
            })}
            {texts.map(({ key, label }) => {
              const a = mine[key] as string;
              const b = current[key] as string;
              return (
                <tr key={key} className={a.trim() === b.trim() ? undefined : 'judge-conflict-differs'}>
                  <th scope="row">
                    {label}
                    {a.trim() === b.trim() ? null : <Differs />}
                  </th>
                  <td className="prewrap">{a.trim() || none}</td>
                  <td className="prewrap">{b.trim() || none}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <Button variant="secondary" onClick={onUseCurrent}>
          {t('judge.conflict.useCurrent')}
        </Button>
        <Button onClick={onKeepMine}>{t('judge.conflict.keepMine')}</Button>
      </div>
    </section>
  );
}

/** A mark on the rows where the two versions differ, in words for screen readers. */
function Differs() {
  const { t } = useTranslation();
  return (
    <span className="judge-differs">
      {' '}
      <span aria-hidden="true">≠</span>
      <span className="visually-hidden">{t('judge.conflict.differs')}</span>
    </span>
  );
}
