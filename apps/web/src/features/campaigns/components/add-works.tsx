import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import { useAddWork } from '../api/add-work';
import { useCandidates } from '../api/get-candidates';
import { errorMessage } from '../../../lib/error-message';
import { countryName } from '../../../lib/i18n-formats';

/** Finds works cleared for reuse (a code or part of a title) and adds them to the campaign, one at a time. */
export function AddWorks({ campaignId }: { campaignId: string }) {
  const { t, i18n } = useTranslation();
  const searchId = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [added, setAdded] = useState('');
  // a short pause while typing, so each keystroke does not ask the server
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(text.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [text]);
  const candidates = useCandidates(campaignId, q, open);
  const add = useAddWork(campaignId);

  return (
    <section className="panel" aria-labelledby="cp-add-h">
      <div className="section-head">
        <h2 id="cp-add-h">{t('campaigns.add.title')}</h2>
        <Button variant="secondary" aria-expanded={open} aria-controls="cp-add-body" onClick={() => setOpen((o) => !o)}>
          {open ? t('campaigns.add.close') : t('campaigns.add.open')}
        </Button>
      </div>
      <div id="cp-add-body" hidden={!open}>
        <p className="muted">{t('campaigns.add.lead')}</p>
        <form role="search" className="field" onSubmit={(e) => e.preventDefault()}>
          <label className="field-label" htmlFor={searchId}>
            {t('campaigns.add.search')}
          </label>
          <input
            id={searchId}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('campaigns.add.searchPlaceholder')}
            autoComplete="off"
          />
        </form>
        <p role="status" aria-live="polite" className="small muted">
          {added}
        </p>
        {add.isError ? (
          <ErrorNotice title={t('campaigns.add.failed')}>
            <p>{errorMessage(t, add.error)}</p>
          </ErrorNotice>
        ) : null}
        {open && candidates.isPending ? <Loading /> : null}
        {candidates.isError ? <ErrorNotice error={candidates.error} onRetry={() => void candidates.refetch()} /> : null}
        {candidates.data && !candidates.data.length ? <EmptyState>{q ? t('campaigns.add.noMatch', { q }) : t('campaigns.add.none')}</EmptyState> : null}
        {candidates.data?.length ? (
          <ul className="candidate-list">
            {candidates.data.map((w) => (
              <li key={w.entryId}>
                {w.posterUrl ? <img src={w.posterUrl} alt="" loading="lazy" /> : <span className="candidate-thumb" aria-hidden="true" />}
                <span className="candidate-text">
                  <span className="code-tag">{w.code}</span> <strong>{w.title}</strong>
                  <span className="muted small">
                    {' '}
                    · {countryName(w.countryCode, i18n.language)} · {t('campaigns.work.byline', { names: w.credits.byline })}
                  </span>
                </span>
                <Button
                  variant="secondary"
                  busy={add.isPending && add.variables === w.entryId}
                  aria-label={t('campaigns.add.addNamed', { code: w.code, title: w.title })}
                  onClick={() => add.mutate(w.entryId, { onSuccess: () => setAdded(t('campaigns.add.added', { code: w.code })) })}
                >
                  {t('campaigns.add.add')}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
