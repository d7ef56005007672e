import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import type { Me } from '../../../api/get-me';
import { useCompetitions } from '../../../api/get-competitions';
import { localize } from '../../../lib/localized-text';
import { EnterCompetition } from './enter-competition';
import './enter-competition.css';

/**
 * A signed-in student's (or teacher's) home: the competitions open for entries now, each with "Enter this
 * competition", and a way to the entries already started. With none open, when the next one opens.
 */
export function StudentStart({ me }: { me: Me | null | undefined }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const list = useCompetitions();
  if (!me || !me.roles.some((r) => r.role === 'student' || r.role === 'teacher')) return null;
  const published = (list.data ?? []).filter((c) => c.status === 'published');
  const open = published.filter((c) => c.submissionPhase === 'open');
  const next = published
    .filter((c) => c.submissionPhase === 'not_open')
    .sort((a, b) => a.timeline.submissionOpensAt.localeCompare(b.timeline.submissionOpensAt))[0];
  if (list.isPending || list.isError) return null;
  return (
    <section className="page student-start" aria-labelledby="student-start-h">
      <div className="panel">
        <h2 id="student-start-h">{t('competitions.enter.homeTitle', { name: me.displayName })}</h2>
        <p className="lead">{open.length ? t('competitions.enter.homeLead') : t('competitions.enter.noneOpen')}</p>
        {open.length ? (
          <ul className="plain-list student-start-list">
            {open.map((c) => {
              const name = localize(c.name, lng);
              return (
                <li key={c.id}>
                  <h3>
                    <Link to={paths.competition(c.slug)}>{name}</Link>
                  </h3>
                  <EnterCompetition competition={c} me={me} name={name} />
                </li>
              );
            })}
          </ul>
        ) : next ? (
          <p>{t('competitions.enter.nextOpens', { name: localize(next.name, lng), at: next.timeline.submissionOpensAt })}</p>
        ) : null}
        <p>
          <Link to={paths.me.entries}>{t('competitions.enter.myEntries')}</Link>
        </p>
      </div>
    </section>
  );
}
