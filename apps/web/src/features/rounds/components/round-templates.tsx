import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ConfirmPanel } from '../../../components/ui/confirm-panel';
import { FormField } from '../../../components/ui/form-field';
import { ErrorNotice, Loading, Notice } from '../../../components/ui/query-state';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { paths } from '../../../app/paths';
import { useCreateFinalRound, useCreateNationalRounds, useRoundTemplates, type RoundTemplatesPreview } from '../api/round-templates';
import { RefusalNotice } from './refusal-notice';
import './round-setup.css';

export interface RoundTemplatesProps {
  competitionId: string;
  /** no round yet: the templates are the first thing offered */
  first: boolean;
}

/**
 * The two round templates, for organisers: every participating country's national round, and the regional final
 * with a quota per country. Each shows what it would create, then asks before creating it.
 */
export function RoundTemplates({ competitionId, first }: RoundTemplatesProps) {
  const { t } = useTranslation();
  const preview = useRoundTemplates(competitionId);
  return (
    <section className="round-templates-section" aria-labelledby="rt-h">
      <h2 id="rt-h">{t(first ? 'roundSetup.templates.titleFirst' : 'roundSetup.templates.title')}</h2>
      <p className="muted">{t(first ? 'roundSetup.templates.leadFirst' : 'roundSetup.templates.lead')}</p>
      {preview.isPending ? <Loading /> : null}
      {preview.isError ? <ErrorNotice error={preview.error} onRetry={() => void preview.refetch()} /> : null}
      {preview.data ? (
        <div className="round-templates">
          <NationalTemplate competitionId={competitionId} preview={preview.data.national} />
          <FinalTemplate competitionId={competitionId} preview={preview.data.final} />
        </div>
      ) : null}
    </section>
  );
}

/** What a template just did: it takes the focus, since the button that asked is gone. */
function Done({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="template-done">
      <Notice tone="success">{children}</Notice>
    </div>
  );
}

function Window({ opensAt, closesAt }: { opensAt: string; closesAt: string }) {
  const { t, i18n } = useTranslation();
  return <>{t('roundSetup.templates.window', { opens: formatDateTime(opensAt, i18n.language), closes: formatDateTime(closesAt, i18n.language) })}</>;
}

/** k, blindness and the rubric: what every template round starts with. */
function Settings({ preview }: { preview: { judgesPerEntry: number; blind: boolean; rubricCopied: boolean; criteria: number } }) {
  const { t } = useTranslation();
  return (
    <>
      <div>
        <dt>{t('roundSetup.templates.judging')}</dt>
        <dd>
          {t('roundSetup.templates.judgesPerEntry', { count: preview.judgesPerEntry })}
          {preview.blind ? ` · ${t('roundSetup.templates.blind')}` : ''}
        </dd>
      </div>
      <div>
        <dt>{t('roundSetup.templates.rubric')}</dt>
        <dd>{t(preview.rubricCopied ? 'roundSetup.templates.rubricCopied' : 'roundSetup.templates.rubricDefault', { count: preview.criteria })}</dd>
      </div>
    </>
  );
}

function NationalTemplate({ competitionId, preview }: { competitionId: string; preview: RoundTemplatesPreview['national'] }) {
  const { t } = useTranslation();
  const create = useCreateNationalRounds();
  const [asking, setAsking] = useState(false);
  const [created, setCreated] = useState<string[] | null>(null);
  const count = preview.create.length;
  return (
    <section className="panel template-card" aria-labelledby="rt-national-h">
      <h3 id="rt-national-h">{t('roundSetup.templates.national.title')}</h3>
      <p>{t('roundSetup.templates.national.text')}</p>
      {created ? (
        <Done>
          {created.length
            ? t('roundSetup.templates.national.created', { count: created.length, countries: created })
            : t('roundSetup.templates.national.nothingCreated')}
        </Done>
      ) : null}
      <p className="template-preview">
        {count ? t('roundSetup.templates.national.preview', { count, countries: preview.create }) : t('roundSetup.templates.national.allDone')}
      </p>
      {count && preview.existing.length ? <p className="muted small">{t('roundSetup.templates.national.existing', { countries: preview.existing })}</p> : null}
      {count ? (
        <dl className="facts small">
          <div>
            <dt>{t('roundSetup.templates.windowLabel')}</dt>
            <dd>
              <Window opensAt={preview.opensAt} closesAt={preview.closesAt} />
            </dd>
          </div>
          <Settings preview={preview} />
        </dl>
      ) : null}
      {preview.withoutCoordinator.length ? (
        <div className="notice notice-info small">
          <p>{t('roundSetup.templates.national.withoutCoordinator', { count: preview.withoutCoordinator.length, countries: preview.withoutCoordinator })}</p>
          <p>
            <Link to={paths.admin.invitations}>{t('roundSetup.templates.national.inviteCoordinator')}</Link>
          </p>
        </div>
      ) : null}
      {asking ? (
        <ConfirmPanel
          tone="primary"
          title={t('roundSetup.templates.national.confirmTitle', { count })}
          confirmLabel={t('roundSetup.templates.national.confirm', { count })}
          busy={create.isPending}
          returnFocusTo="rt-national-go"
          onCancel={() => {
            setAsking(false);
            create.reset();
          }}
          onConfirm={() =>
            create.mutate(competitionId, {
              onSuccess: (res) => {
                setCreated(res.created.map((r) => r.countryCode!));
                setAsking(false);
              },
            })
          }
        >
          <p>{t('roundSetup.templates.national.confirmText')}</p>
          {create.isError ? <RefusalNotice title={t('roundSetup.templates.refused')} error={create.error} /> : null}
        </ConfirmPanel>
      ) : count ? (
        <div className="form-actions">
          <Button
            id="rt-national-go"
            onClick={() => {
              setCreated(null);
              setAsking(true);
            }}
          >
            {t('roundSetup.templates.national.start', { count })}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function FinalTemplate({ competitionId, preview }: { competitionId: string; preview: RoundTemplatesPreview['final'] }) {
  const { t, i18n } = useTranslation();
  const create = useCreateFinalRound();
  const [quota, setQuota] = useState(String(preview.countryQuota));
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const n = Number(quota);
  const quotaOk = Number.isInteger(n) && n >= 1 && n <= 100;
  return (
    <section className="panel template-card" aria-labelledby="rt-final-h">
      <h3 id="rt-final-h">{t('roundSetup.templates.final.title')}</h3>
      <p>{t('roundSetup.templates.final.text')}</p>
      {done ? <Done>{t('roundSetup.templates.final.created', { count: n })}</Done> : null}
      {preview.available ? (
        <>
          <FormField
            id="rt-quota"
            label={t('roundSetup.templates.final.quota')}
            hint={
              quotaOk
                ? t('roundSetup.templates.final.quotaHint', { count: preview.countries, most: formatNumber(n * preview.countries, i18n.language) })
                : undefined
            }
            errors={quotaOk ? undefined : [t('roundSetup.templates.final.quotaInvalid')]}
          >
            {(p) => <input {...p} type="number" inputMode="numeric" min={1} max={100} step={1} value={quota} onChange={(e) => setQuota(e.target.value)} />}
          </FormField>
          <dl className="facts small">
            <div>
              <dt>{t('roundSetup.templates.windowLabel')}</dt>
              <dd>
                <Window opensAt={preview.opensAt} closesAt={preview.closesAt} />
              </dd>
            </div>
            <Settings preview={preview} />
          </dl>
          {asking ? (
            <ConfirmPanel
              tone="primary"
              title={t('roundSetup.templates.final.confirmTitle')}
              confirmLabel={t('roundSetup.templates.final.confirm')}
              busy={create.isPending}
              returnFocusTo="rt-final-go"
              onCancel={() => {
                setAsking(false);
                create.reset();
              }}
              onConfirm={() =>
                create.mutate(
                  { competitionId, countryQuota: n },
                  {
                    onSuccess: () => {
                      setAsking(false);
                      setDone(true);
                    },
                  },
                )
              }
            >
              <p>{t('roundSetup.templates.final.confirmText', { count: n })}</p>
              {create.isError ? <RefusalNotice title={t('roundSetup.templates.refused')} error={create.error} /> : null}
            </ConfirmPanel>
          ) : (
            <div className="form-actions">
              <Button id="rt-final-go" disabled={!quotaOk} onClick={() => setAsking(true)}>
                {t('roundSetup.templates.final.start')}
              </Button>
            </div>
          )}
        </>
      ) : (
        <p className="template-preview">{t('roundSetup.templates.final.exists', { count: preview.countryQuota })}</p>
      )}
    </section>
  );
}
