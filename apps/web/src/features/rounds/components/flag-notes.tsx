import { useTranslation } from '../../../lib/use-translation';
import type { Schemas } from '../../../lib/api-client';

/**
 * What each flag on a judge's scores rests on, in the reader's language, e.g. "Their average is 18 points above the
 * panel's, on 12 scorecards": the API sends the flag and its facts (judgeFlagNote in libs/domain judge-stats.ts).
 */
export function FlagNotes({ notes }: { notes: readonly Schemas['JudgeFlagNoteDto'][] }) {
  const { t } = useTranslation();
  if (!notes.length) return null;
  return (
    <ul className="flag-messages small">
      {notes.map((n) => (
        <li key={n.flag}>{t(`judge.flagNote.${n.flag}`, { count: n.count, points: n.points, sd: n.sd, min: n.min, max: n.max })}</li>
      ))}
    </ul>
  );
}
