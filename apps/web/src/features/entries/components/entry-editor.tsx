import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import type { Entry } from '../api/get-entry';
import { EntryDetailsForm, EntryTeamForm } from './entry-edit-forms';
import type { EntryCompetitionOption } from './entry-fields';

/** For the team of a draft: opens the details form or the roster form, one at a time. */
export function EntryEditor({ entry, competition }: { entry: Entry; competition: EntryCompetitionOption | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'details' | 'team' | null>(null);
  const [saved, setSaved] = useState(false);
  const done = (didSave: boolean) => {
    setOpen(null);
    setSaved(didSave);
  };
  return (
    <section className="panel" aria-labelledby="entry-edit-h">
      <h2 id="entry-edit-h">{t('entries.edit.title')}</h2>
      <p className="muted">{t('entries.edit.lead')}</p>
      {saved && !open ? (
        <p className="notice notice-success" role="status">
          {t('entries.edit.saved')}
        </p>
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
