import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import type { Entry } from '../api/get-entry';
import type { Credits } from '../api/set-credits';
import { EntryDetailsForm, EntryTeamForm } from './entry-edit-forms';
import type { EntryCompetitionOption } from './entry-fields';

/** For the team of a draft: opens the details form or the roster form, one at a time. */
export function EntryEditor({ entry, competition }: { entry: Entry; competition: EntryCompetitionOption | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'details' | 'team' | null>(null);
  const [saved, setSaved] = useState(false);
  const [credits, setCredits] = useState<Credits | null>(null);
  const done = (didSave: boolean, answer?: Credits) => {
    setOpen(null);
    setSaved(didSave);
    setCredits(answer ?? null);
  };
  return (
    <section className="panel" aria-labelledby="entry-edit-h">
      <h2 id="entry-edit-h">{t('entries.edit.title')}</h2>
      <p className="muted">{t('entries.edit.lead')}</p>
      {saved && !open ? (
        <div className="notice notice-success" role="status">
          <p>{t('entries.edit.saved')}</p>
          {/* the credits were saved with the details: what the public will see */}
          {credits ? <p>{t('credits.preview', { byline: credits.preview.byline })}</p> : null}
          {credits?.preview.schools.length ? <p>{t('credits.previewSchools', { schools: credits.preview.schools.join(', ') })}</p> : null}
        </div>
      ) : null}
      {open === null ? (
        <div className="inline-actions">
          <Button variant="secondary" onClick={() => setOpen('details')}>
            {t('entries.edit.editDetails')}
          </Button>
          <Button variant="secondary" onClick={() => setOpen('team')}>
            {t('entries.edit.editTeam')}
          </Button>
        </div>
      ) : null}
      {open === 'details' ? <EntryDetailsForm entry={entry} competition={competition} onDone={done} /> : null}
      {open === 'team' ? <EntryTeamForm entry={entry} onDone={done} /> : null}
    </section>
  );
}
