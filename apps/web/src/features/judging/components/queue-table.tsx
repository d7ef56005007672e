import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { EmptyState } from '../../../components/ui/query-state';
import { languageLabel } from '../../../lib/languages';
import { isToDo, type QueueItem } from '../api/get-queue';
import { understands } from '../utils/declaration-codes';
import { formatTotal } from '../utils/scoring';
import { ScorecardBadge } from './badges';
import './judging.css';

export type QueueFilter = 'todo' | 'all';

const isEnglish = (code: string) => code.toLowerCase().split('-')[0] === 'en';

export interface QueueTableProps {
  items: QueueItem[];
  filter: QueueFilter;
  onFilterChange: (filter: QueueFilter) => void;
  entryHref: (roundEntryId: string) => string;
  /** the judge has declared their languages: only then does "not one of your languages" mean anything */
  declared: boolean;
  /**
   * the languages declared, when known: they decide the hint, because each item's languageMatch was fixed when
   * the entry was assigned and does not follow a later declaration
   */
  judgeLanguages?: string[];
}

/** The judge's assigned entries: a "to do / all" filter, then code, title (the link), language, scorecard and total. */
export function QueueTable({ items, filter, onFilterChange, entryHref, declared, judgeLanguages }: QueueTableProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const name = useId();
  const todo = items.filter(isToDo);
  const shown = filter === 'todo' ? todo : items;
  return (
    <>
      <fieldset className="judge-filter">
        <legend className="field-label">{t('judge.queue.show')}</legend>
        <div className="checks">
          {(['todo', 'all'] as const).map((f) => (
            <label key={f} className="check">
              <input type="radio" name={name} value={f} checked={filter === f} onChange={() => onFilterChange(f)} />
              <span>{t(`judge.queue.filter.${f}`, { count: f === 'todo' ? todo.length : items.length })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {shown.length === 0 ? (
        <EmptyState>{items.length === 0 ? t('judge.queue.empty') : t('judge.queue.allDone')}</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table judge-queue">
            <caption className="visually-hidden">{t('judge.queue.caption', { count: shown.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('judge.queue.code')}</th>
                <th scope="col">{t('judge.queue.title')}</th>
                <th scope="col">{t('judge.queue.language')}</th>
                <th scope="col">{t('judge.queue.scorecard')}</th>
                <th scope="col" className="num">
                  {t('judge.queue.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((item) => (
                <tr key={item.roundEntryId}>
                  <td data-label={t('judge.queue.code')}>
                    <code>{item.code}</code>
                  </td>
                  <td data-label={t('judge.queue.title')}>
                    <Link to={entryHref(item.roundEntryId)}>{item.title || t('judge.untitled')}</Link>
                  </td>
                  <td data-label={t('judge.queue.language')}>
                    <div>
                      {languageLabel(item.videoLanguage, lng)}
                      {!declared || (judgeLanguages ? understands(judgeLanguages, item.videoLanguage) : item.languageMatch) ? null : (
                        <div className="muted small">{isEnglish(item.videoLanguage) ? t('judge.queue.notYourLanguage') : t('judge.queue.subtitlesHint')}</div>
                      )}
                    </div>
                  </td>
                  <td data-label={t('judge.queue.scorecard')}>
                    <ScorecardBadge status={item.scorecard} />
                  </td>
                  <td data-label={t('judge.queue.total')} className="num">
                    {item.total === null ? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{t('judge.queue.noTotal')}</span>
                      </>
                    ) : (
                      formatTotal(item.total, lng)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
