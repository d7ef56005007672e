import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import type { Me } from '../../../api/get-me';
import type { CompetitionSummary } from '../../../api/get-competitions';
import './enter-competition.css';

type Entered = Pick<CompetitionSummary, 'id' | 'status' | 'submissionPhase' | 'timeline'> & Partial<Pick<CompetitionSummary, 'results'>>;

/** Accounts that start entries: students, teachers and organisers (a judge or coordinator alone does not). */
export function canEnter(me: Me | null | undefined): boolean {
  return !me || me.roles.some((r) => r.role === 'student' || r.role === 'teacher' || r.role === 'organiser') || me.teacherRequest !== null;
}

/**
 * A competition's way in: while it is open for entries (the server's phase, not this device's clock), "Enter this
 * competition" goes straight to a new entry for it. A visitor who is not signed in is sent to sign in (or create
 * an account) by the new entry's page, and comes back to it. Before and after the window, the date it opens or
 * closed, in the reader's language and time zone.
 */
export function EnterCompetition({ competition: c, me, name }: { competition: Entered; me: Me | null | undefined; name?: string }) {
  const { t } = useTranslation();
  // a finished edition (its results public) is not entered any more: its banner leads to the winners instead
  if (c.status !== 'published' || c.results) return null;
  if (c.submissionPhase === 'not_open')
    return <p className="enter-when notice notice-info">{t('competitions.enter.opensOn', { at: c.timeline.submissionOpensAt })}</p>;
  if (c.submissionPhase === 'closed') return <p className="enter-when muted">{t('competitions.enter.closedOn', { at: c.timeline.submissionClosesAt })}</p>;
  if (!canEnter(me)) return null;
  return (
    <div className="enter-action">
      <Link className="btn btn-primary btn-large" to={paths.me.newEntryFor(c.id)} aria-label={name ? t('competitions.enter.actionNamed', { name }) : undefined}>
        {t('competitions.enter.action')}
      </Link>
      <p className="muted small">{me ? t('competitions.enter.closesOn', { at: c.timeline.submissionClosesAt }) : t('competitions.enter.signInFirst')}</p>
    </div>
  );
}
