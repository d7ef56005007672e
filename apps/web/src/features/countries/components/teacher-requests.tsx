import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ConfirmPanel } from '../../../components/ui/confirm-panel';
import { EmptyState, ErrorNotice, Loading, Notice } from '../../../components/ui/query-state';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useDecideTeacherRequest, type TeacherDecision } from '../api/decide-teacher-request';
import { useTeacherRequests, type TeacherRequest } from '../api/get-teacher-requests';

/**
 * Teachers who asked to act for a school of this country. Until the coordinator approves, they see nothing of the
 * school's entries; the email's domain helps tell a school address from a free mailbox.
 */
export function TeacherRequests({ country }: { country: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const query = useTeacherRequests(country);
  const decide = useDecideTeacherRequest();
  const [refusing, setRefusing] = useState<TeacherRequest | null>(null);
  const [done, setDone] = useState<{ name: string; decision: TeacherDecision } | null>(null);

  const run = (r: TeacherRequest, decision: TeacherDecision) =>
    decide.mutate(
      { id: r.id, decision },
      {
        onSuccess: () => {
          setDone({ name: r.displayName, decision });
          setRefusing(null);
        },
      },
    );

  return (
    <section className="panel" aria-labelledby="co-teachers-h">
      <h2 id="co-teachers-h">
        {t('teacherRequests.title')} {query.data ? <span className="muted">({formatNumber(query.data.length, lng)})</span> : null}
      </h2>
      <p className="muted">{t('teacherRequests.lead')}</p>
      <div aria-live="polite">
        {done ? (
          <Notice tone="success">{t(done.decision === 'approve' ? 'teacherRequests.approved' : 'teacherRequests.refused', { name: done.name })}</Notice>
        ) : null}
      </div>
      {decide.isError ? <ErrorNotice title={t('teacherRequests.failed')} error={decide.error} /> : null}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState>{t('teacherRequests.none')}</EmptyState>
      ) : (
        <ul className="plain-list teacher-requests">
          {query.data.map((r) => (
            <li key={r.id} className="teacher-request">
              <p>
                <strong>{r.displayName}</strong> <span className="muted">{t('teacherRequests.emailDomain', { domain: r.emailDomain })}</span>
              </p>
              <p>
                {t('teacherRequests.school', { school: r.schoolName })}{' '}
                <span className="muted small">
                  {t('teacherRequests.schoolTeachers', { count: r.schoolTeachers, formatted: formatNumber(r.schoolTeachers, lng) })}
                </span>
              </p>
              <p className="muted small">{t('teacherRequests.requestedAt', { date: formatDateTime(r.requestedAt, lng) })}</p>
              {refusing?.id === r.id ? (
                <ConfirmPanel
                  title={t('teacherRequests.refuseTitle', { name: r.displayName, school: r.schoolName })}
                  confirmLabel={t('teacherRequests.refuse')}
                  busy={decide.isPending}
                  onConfirm={() => run(r, 'refuse')}
                  onCancel={() => setRefusing(null)}
                  returnFocusTo={`tr-refuse-${r.id}`}
                >
                  <p>{t('teacherRequests.refuseExplain')}</p>
                </ConfirmPanel>
              ) : (
                <div className="actions">
                  <Button
                    onClick={() => run(r, 'approve')}
                    busy={decide.isPending && decide.variables?.id === r.id}
                    aria-label={t('teacherRequests.approveLabel', { name: r.displayName, school: r.schoolName })}
                  >
                    {t('teacherRequests.approve')}
                  </Button>
                  <Button
                    id={`tr-refuse-${r.id}`}
                    variant="secondary"
                    onClick={() => setRefusing(r)}
                    aria-label={t('teacherRequests.refuseLabel', { name: r.displayName, school: r.schoolName })}
                  >
                    {t('teacherRequests.refuse')}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
