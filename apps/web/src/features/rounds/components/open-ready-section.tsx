import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ConfirmPanel } from '../../../components/ui/confirm-panel';
import { ErrorNotice, Loading, Notice } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { roundName } from '../utils/round-label';
import { useOpenReadyRounds, useReadyRounds, type ReadyRound } from '../api/open-ready';
import { RefusalNotice } from './refusal-notice';
import './round-setup.css';

export interface OpenReadySectionProps {
  competitionId: string;
  countryName: (code: string) => string;
}

/**
 * "Open the rounds that are ready": the rounds not opened yet, each with its judges and entries and what it still
 * needs; one question that states the facts (which rounds, their entries and judges, whether submissions are still
 * open), then each ready round opens and its assignment runs, so that its judges have their entries at once.
 */
export function OpenReadySection({ competitionId, countryName }: OpenReadySectionProps) {
  const { t, i18n } = useTranslation();
  const preview = useReadyRounds(competitionId);
  const open = useOpenReadyRounds(competitionId);
  const [asking, setAsking] = useState(false);
  const [opened, setOpened] = useState<{ names: string[]; short: number } | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (opened) doneRef.current?.focus();
  }, [opened]);

  const rounds = preview.data?.rounds ?? [];
  const ready = rounds.filter((r) => r.ready);
  const name = (r: Pick<ReadyRound, 'kind' | 'countryCode'>) => roundName(t, r, countryName);
  if (!preview.data && !preview.isError) return preview.isPending ? <Loading /> : null;
  if (preview.data && rounds.length === 0 && !opened) return null;

  return (
    <section className="rounds-open-ready" aria-labelledby="rounds-open-ready-h">
      <h2 id="rounds-open-ready-h">{t('roundSetup.openReady.title')}</h2>
      <p className="muted">{t('roundSetup.openReady.lead')}</p>
      {preview.isError ? <ErrorNotice error={preview.error} onRetry={() => void preview.refetch()} /> : null}
      {opened ? (
        <div ref={doneRef} tabIndex={-1} className="template-done">
          <Notice tone="success">
            {t('roundSetup.openReady.opened', { count: opened.names.length, rounds: opened.names })}
            {opened.short ? ` ${t('roundSetup.openReady.short', { count: opened.short })}` : ''}
          </Notice>
        </div>
      ) : null}
      {rounds.length ? (
        <ul className="open-ready-list">
          {rounds.map((r) => (
            <li key={r.roundId} className={r.ready ? 'open-ready-yes' : 'open-ready-no'}>
              <span className="open-ready-name">{name(r)}</span>
              <span className="small">
                {t('roundSetup.openReady.facts', {
                  entries: t(r.kind === 'national' ? 'roundSetup.openReady.entries' : 'roundSetup.openReady.finalists', { count: r.entries }),
                  judges: t('roundSetup.openReady.judges', { count: r.judges }),
                })}
              </span>
              <span className="open-ready-state small">
                <span aria-hidden="true">{r.ready ? '✓ ' : '○ '}</span>
                {r.ready ? t('roundSetup.openReady.ready') : t(`roundSetup.openReady.needs.${r.judges ? 'entries' : r.entries ? 'judges' : 'both'}`)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {asking && ready.length ? (
        <ConfirmPanel
          tone="primary"
          title={t('roundSetup.openReady.confirmTitle', { count: ready.length })}
          confirmLabel={t('roundSetup.openReady.confirm', { count: ready.length })}
          busy={open.isPending}
          returnFocusTo="open-ready-go"
          onCancel={() => {
            setAsking(false);
            open.reset();
          }}
          onConfirm={() =>
            open.mutate(
              { roundIds: ready.map((r) => r.roundId), confirm: true },
              {
                onSuccess: (res) => {
                  setAsking(false);
                  setOpened({ names: res.opened.map(name), short: res.opened.reduce((n, r) => n + r.assignment.uncovered.length, 0) });
                },
              },
            )
          }
        >
          <ul className="small">
            {ready.map((r) => (
              <li key={r.roundId}>
                {t('roundSetup.openReady.confirmRound', {
                  round: name(r),
                  entries: t(r.kind === 'national' ? 'roundSetup.openReady.entries' : 'roundSetup.openReady.finalists', { count: r.entries }),
                  judges: t('roundSetup.openReady.judges', { count: r.judges }),
                })}
                {r.judges < r.judgesPerEntry ? ` ${t('roundSetup.openReady.fewerJudges', { count: r.judgesPerEntry })}` : ''}
              </li>
            ))}
          </ul>
          <p>{t('roundSetup.openReady.confirmText')}</p>
          {preview.data?.submissionsOpen ? (
            <p>{t('roundSetup.openReady.submissionsOpen', { closes: formatDateTime(preview.data.submissionClosesAt, i18n.language) })}</p>
          ) : null}
          {open.isError ? <RefusalNotice title={t('roundSetup.openReady.refused')} error={open.error} /> : null}
        </ConfirmPanel>
      ) : rounds.length ? (
        <div className="form-actions">
          <Button
            id="open-ready-go"
            disabled={!ready.length}
            aria-describedby={ready.length ? undefined : 'open-ready-none'}
            onClick={() => {
              setOpened(null);
              setAsking(true);
            }}
          >
            {ready.length ? t('roundSetup.openReady.start', { count: ready.length }) : t('roundSetup.openReady.startNone')}
          </Button>
          {ready.length ? null : (
            <p id="open-ready-none" className="muted small">
              {t('roundSetup.openReady.noneReady')}
            </p>
          )}
        </div>
      ) : null}
    </section>
  );
}
