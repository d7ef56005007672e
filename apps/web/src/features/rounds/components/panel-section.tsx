import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { CountrySelect, type CountryOption } from '../../../components/ui/country-select';
import { FormField } from '../../../components/ui/form-field';
import { EmptyState, ErrorNotice, Loading, Notice } from '../../../components/ui/query-state';
import type { Schemas } from '../../../lib/api-client';
import { formatDateTime, formatList, formatNumber, sortedCountries } from '../../../lib/format';
import { languageLabel } from '../../../lib/languages';
import { useInviteJudge } from '../api/invite-judge';
import { usePanel, type PanelJudge } from '../api/get-panel';
import { useRemoveJudge } from '../api/remove-judge';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import { ConfirmPanel } from '../../../components/ui/confirm-panel';
import { DataTable } from './data-table';
import { JudgePoolPicker } from './judge-pool-picker';
import { RefusalNotice } from './refusal-notice';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import './rounds.css';
import { errorMessage } from '../../../lib/error-message';

export interface PanelSectionProps {
  round: Schemas['RoundDto'];
  /** the competition's countries, for a final judge's own country */
  countries: CountryOption[];
  countryName: (code: string) => string;
}

/** The round's panel: invite judges, follow the invitations, see each judge's declaration and load, remove a judge. */
export function PanelSection({ round, countries, countryName }: PanelSectionProps) {
  const { t } = useTranslation();
  const panel = usePanel(round.id);
  return (
    <div className="stack">
      {round.status === 'closed' ? (
        <Notice>{t('rounds.panel.closedNotice')}</Notice>
      ) : (
        <>
          <JudgePoolPicker round={round} countries={countries} countryName={countryName} />
          <InviteJudgeForm round={round} countries={countries} />
        </>
      )}
      {panel.isPending ? <Loading /> : null}
      {panel.isError ? <ErrorNotice error={panel.error} onRetry={() => void panel.refetch()} /> : null}
      {panel.data ? (
        <>
          <section className="panel" aria-labelledby="rp-inv-h">
            <h3 id="rp-inv-h">
              {t('rounds.panel.invitationsTitle')} <span className="muted">({panel.data.invitations.length})</span>
            </h3>
            <PendingInvitations invitations={panel.data.invitations} countryName={countryName} />
          </section>
          <JudgesPanel round={round} judges={panel.data.judges} countryName={countryName} />
        </>
      ) : null}
    </div>
  );
}

const ids = { email: 'rp-email', country: 'rp-country' };

function InviteJudgeForm({ round, countries }: { round: Schemas['RoundDto']; countries: CountryOption[] }) {
  const { t } = useTranslation();
  const invite = useInviteJudge(round.id);
  const [email, setEmail] = useState('');
  const [country, setCountry] = useState('');
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const isFinal = round.kind === 'final';
  const fields = useMemo(
    () => ({
      email: { id: ids.email, label: t('rounds.panel.email') },
      countryCode: { id: ids.country, label: t('rounds.panel.country') },
      roundId: { id: ids.email, label: t('rounds.panel.email') },
    }),
    [t],
  );
  const problems = useFormProblems(invite.error, fields, { local, message: errorMessage });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: Record<string, string[]> = {};
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) errors[ids.email] = [t('rounds.panel.emailInvalid')];
    if (isFinal && !country) errors[ids.country] = [t('rounds.panel.countryRequired')];
    if (Object.keys(errors).length) {
      setLocal({ errors, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    setSentTo(null);
    invite.mutate(
      { email: address, countryCode: isFinal ? country : undefined },
      {
        onSuccess: (invitation) => {
          setSentTo(invitation.email);
          setEmail('');
          setCountry('');
        },
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="rp-invite-h">
      <h3 id="rp-invite-h">{t('rounds.panel.inviteTitle')}</h3>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ProblemSummary summary={problems.summary} />
        {sentTo ? <Notice tone="success">{t('rounds.panel.invited', { email: sentTo })}</Notice> : null}
        <p className="muted small">{isFinal ? t('rounds.panel.inviteHintFinal') : t('rounds.panel.inviteHintNational')}</p>
        <div className="grid-2 invite-fields">
          <FormField id={ids.email} label={t('rounds.panel.email')} required requiredLabel={t('common.required')} errors={problems.byInput[ids.email]}>
            {(p) => <input {...p} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} required />}
          </FormField>
          {isFinal ? (
            <FormField
              id={ids.country}
              label={t('rounds.panel.country')}
              hint={t('rounds.panel.countryHint')}
              required
              requiredLabel={t('common.required')}
              errors={problems.byInput[ids.country]}
            >
              {(p) => <CountrySelect control={p} countries={countries} value={country} onChange={setCountry} required />}
            </FormField>
          ) : null}
        </div>
        <div className="form-actions">
          <Button type="submit" busy={invite.isPending}>
            {t('rounds.panel.invite')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function PendingInvitations({ invitations, countryName }: { invitations: Schemas['PanelInvitationDto'][]; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  if (!invitations.length) return <EmptyState>{t('rounds.panel.noInvitations')}</EmptyState>;
  return (
    <ul className="plain-list invitation-list">
      {invitations.map((i) => (
        <li key={i.id}>
          <span className="break">{i.email}</span>
          {i.countryCode ? <span className="muted"> · {countryName(i.countryCode)}</span> : null}
          <div className="muted small">{t('rounds.panel.expires', { at: formatDateTime(i.expiresAt, i18n.language) })}</div>
        </li>
      ))}
    </ul>
  );
}

function JudgesPanel({ round, judges, countryName }: { round: Schemas['RoundDto']; judges: PanelJudge[]; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const remove = useRemoveJudge(round.id);
  const [asking, setAsking] = useState<PanelJudge | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const sorted = [...judges].sort((a, b) => Number(Boolean(a.droppedAt)) - Number(Boolean(b.droppedAt)) || a.displayName.localeCompare(b.displayName, lng));
  const active = judges.filter((j) => !j.droppedAt).length;
  const removeId = (j: PanelJudge) => `rp-remove-${j.userId}`;

  return (
    <section className="panel" aria-labelledby="rp-judges-h">
      <h3 id="rp-judges-h">
        {t('rounds.panel.judgesTitle')} <span className="muted">({formatNumber(active, lng)})</span>
      </h3>
      {removed ? <Notice tone="success">{t('rounds.panel.removed', { name: removed })}</Notice> : null}
      {asking ? (
        <ConfirmPanel
          title={t('rounds.panel.removeTitle', { name: asking.displayName })}
          confirmLabel={t('rounds.panel.removeConfirm')}
          busy={remove.isPending}
          onConfirm={() =>
            remove.mutate(asking.userId, {
              onSuccess: () => {
                setRemoved(asking.displayName);
                setAsking(null);
              },
            })
          }
          onCancel={() => {
            setAsking(null);
            remove.reset();
          }}
          returnFocusTo={removeId(asking)}
        >
          <p>
            {t('rounds.panel.removeText', {
              submitted: formatNumber(asking.submitted, lng),
              open: formatNumber(Math.max(0, asking.assigned - asking.submitted), lng),
            })}
          </p>
          {remove.isError ? <RefusalNotice title={t('rounds.panel.removeRefused')} error={remove.error} /> : null}
        </ConfirmPanel>
      ) : null}
      {sorted.length === 0 ? (
        <EmptyState>{t('rounds.panel.noJudges')}</EmptyState>
      ) : (
        <DataTable
          caption={t('rounds.panel.judgesTitle')}
          className="panel-table"
          columns={[
            { label: t('rounds.panel.judge') },
            { label: t('rounds.panel.languages') },
            { label: t('rounds.panel.conflicts') },
            { label: t('rounds.panel.scorecards'), num: true },
            { label: t('common.actions') },
          ]}
        >
          {sorted.map((j) => (
            <tr key={j.userId} className={j.droppedAt ? 'row-dropped' : undefined}>
              <th scope="row">
                <div>{j.displayName}</div>
                <div className="muted small break">{j.email}</div>
                {j.countryCode ? <div className="muted small">{countryName(j.countryCode)}</div> : null}
              </th>
              <td data-label={t('rounds.panel.languages')}>
                {j.declaredAt ? (
                  formatList(
                    j.languages.map((l) => languageLabel(l, lng)),
                    lng,
                  ) || t('common.none')
                ) : (
                  <span className="badge badge-undeclared">
                    <span aria-hidden="true">⚠ </span>
                    {t('rounds.panel.notDeclared')}
                  </span>
                )}
              </td>
              <td data-label={t('rounds.panel.conflicts')}>
                <Conflicts judge={j} countryName={countryName} />
              </td>
              <td data-label={t('rounds.panel.scorecards')} className="num">
                {t('rounds.counts.submittedOf', { submitted: formatNumber(j.submitted, lng), assigned: formatNumber(j.assigned, lng) })}
              </td>
              <td data-label={t('common.actions')}>
                {j.droppedAt ? (
                  <span className="muted small">{t('rounds.panel.dropped', { at: formatDateTime(j.droppedAt, lng) })}</span>
                ) : round.status === 'closed' ? null : (
                  <Button
                    id={removeId(j)}
                    variant="link"
                    aria-label={t('rounds.panel.removeNamed', { name: j.displayName })}
                    onClick={() => {
                      remove.reset();
                      setRemoved(null);
                      setAsking(j);
                    }}
                  >
                    {t('rounds.panel.remove')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** What a judge declared: entries, schools and countries they may not judge, and their note. */
function Conflicts({ judge: j, countryName }: { judge: PanelJudge; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const list = (items: string[]) => formatList(items, i18n.language);
  if (!j.declaredAt) return <span className="muted small">—</span>;
  const parts = [
    j.conflictEntryCodes.length ? { label: t('rounds.panel.conflictEntries'), value: list(j.conflictEntryCodes) } : null,
    j.conflictSchoolNames.length ? { label: t('rounds.panel.conflictSchools'), value: list(j.conflictSchoolNames) } : null,
    j.conflictCountryCodes.length
      ? { label: t('rounds.panel.conflictCountries'), value: list(sortedCountries(j.conflictCountryCodes, i18n.language).map((c) => countryName(c.code))) }
      : null,
    j.conflictNote ? { label: t('rounds.panel.conflictNote'), value: j.conflictNote } : null,
  ].filter((p): p is { label: string; value: string } => p !== null);
  return (
    <div className="small">
      {parts.length ? (
        <dl className="conflicts">
          {parts.map((p) => (
            <div key={p.label}>
              <dt>{p.label}</dt>
              <dd className="break">{p.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <span>{t('rounds.panel.noConflicts')}</span>
      )}
      <div className="muted">{t('rounds.panel.declaredAt', { at: formatDateTime(j.declaredAt, i18n.language) })}</div>
    </div>
  );
}
