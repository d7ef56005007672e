import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/error-message';
import { formatList } from '../../../lib/format';
import { useExtraJudges, type ExtraJudges, type ExtraJudgesInput } from '../api/extra-judges';

/** The proposal as sentences: who would score which entries, and which entries nobody can take. */
function ProposalText({ proposal }: { proposal: ExtraJudges }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const byJudge = new Map<string, { name: string; codes: string[] }>();
  for (const a of proposal.added) {
    const one = byJudge.get(a.judgeId) ?? { name: a.displayName, codes: [] };
    one.codes.push(a.code);
    byJudge.set(a.judgeId, one);
  }
  return (
    <>
      {[...byJudge.values()].map((j) => (
        <p key={j.name}>{t(proposal.applied ? 'results.extra.added' : 'results.extra.proposed', { judge: j.name, entries: formatList(j.codes, lng) })}</p>
      ))}
      {proposal.unplaced.length ? (
        <p>
          {t('results.extra.unplaced', {
            entries: formatList(
              proposal.unplaced.map((u) => u.code),
              lng,
            ),
          })}
        </p>
      ) : null}
    </>
  );
}

/**
 * One more judge where the results need one: a button that asks the assignment for a proposal, the proposal in
 * words, then "Add" (or "Cancel"). Refusals (a closed round) are said in the reader's words.
 */
export function ExtraJudge({ roundId, request, label, closed }: { roundId: string; request: Omit<ExtraJudgesInput, 'apply'>; label: string; closed: boolean }) {
  const { t } = useTranslation();
  const extra = useExtraJudges(roundId);
  const [proposal, setProposal] = useState<ExtraJudges | null>(null);
  if (closed) return <p className="muted small">{t('results.extra.closed')}</p>;
  if (proposal?.applied)
    return (
      <Notice tone="success">
        <ProposalText proposal={proposal} />
      </Notice>
    );
  return (
    <div className="extra-judge">
      {proposal ? (
        <div className="notice notice-info" role="status">
          {proposal.added.length ? <ProposalText proposal={proposal} /> : <p>{t('results.extra.nobody')}</p>}
          <div className="row-actions">
            {proposal.added.length ? (
              <Button busy={extra.isPending} onClick={() => extra.mutate({ ...request, apply: true }, { onSuccess: setProposal })}>
                {t('results.extra.add')}
              </Button>
            ) : null}
            <Button variant="secondary" onClick={() => (setProposal(null), extra.reset())}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" busy={extra.isPending} onClick={() => extra.mutate({ ...request, apply: false }, { onSuccess: setProposal })}>
          {label}
        </Button>
      )}
      {extra.isError ? (
        <p className="field-error" role="alert">
          {errorMessage(t, extra.error)}
        </p>
      ) : null}
    </div>
  );
}
