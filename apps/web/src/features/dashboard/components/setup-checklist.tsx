import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import type { TFunction } from '../../../lib/translator';
import type { SetupStep } from '../api/get-dashboard';
import { stepHref, type DashboardPlace } from '../utils/links';
import { roundName } from '../utils/round-name';
import { formatList, sortedCountries } from '../../../lib/format';

const ICON = { done: '✓', todo: '○', blocked: '–' } as const;
/** how many countries a step names before it counts the others */
const SHOWN = 5;

/** What a step still needs (or that it is done), in words: the facts the API gave, never its English. */
function stepFacts(t: TFunction, step: SetupStep, countryName: (code: string) => string, lng: string): string {
  const list = (items: string[]) => formatList(items, lng);
  // by name in the reader's language; a long list names the first few and counts the rest
  const names = sortedCountries(step.countries, lng).map((c) => countryName(c.code));
  const countries = list(names.length > SHOWN + 1 ? [...names.slice(0, SHOWN), t('dashboard.checklist.more', { count: names.length - SHOWN })] : names);
  const rounds = (withJudges: boolean) =>
    list(
      step.rounds.map((r) =>
        withJudges
          ? t('dashboard.checklist.roundJudges', { round: roundName(t, r, countryName), judges: r.judges ?? 0, needed: r.needed ?? 0 })
          : roundName(t, r, countryName),
      ),
    );
  if (step.state === 'blocked' && step.blockedBy) return t('dashboard.checklist.blocked', { step: t(`dashboard.checklist.steps.${step.blockedBy}`) });
  if (step.state === 'done') return t(`dashboard.checklist.done.${step.step}`, { count: step.count });
  switch (step.step) {
    case 'details':
    case 'licence':
      return t('dashboard.checklist.missing', { items: list(step.missing.map((m) => t(`dashboard.checklist.missingItem.${m}`))) });
    case 'categories':
      return t('dashboard.checklist.todo.categories');
    case 'countries':
      return step.count === 0
        ? t('dashboard.checklist.todo.noCountries')
        : t('dashboard.checklist.todo.countries', { countries, count: step.countries.length });
    case 'rounds': {
      const parts = [
        step.countries.length ? t('dashboard.checklist.todo.roundsCountries', { countries, count: step.countries.length }) : null,
        step.missing.includes('final') ? t('dashboard.checklist.todo.final') : null,
      ];
      return parts.filter(Boolean).join(' ');
    }
    case 'rubric':
      return t('dashboard.checklist.todo.rubric', { rounds: rounds(false) });
    case 'judges':
      return t('dashboard.checklist.todo.judges', { rounds: rounds(true) });
  }
}

/**
 * The competition's setup as an ordered list of steps, each done, to do or blocked (a sign and a word, never colour
 * alone), with what it still needs and a link to where it is done.
 */
export function SetupChecklist({ steps, place, countryName }: { steps: SetupStep[]; place: DashboardPlace; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const done = steps.filter((s) => s.state === 'done').length;
  return (
    <section className="panel" aria-labelledby="dash-checklist-h">
      <div className="dash-panel-head">
        <h2 id="dash-checklist-h">{t('dashboard.checklist.title')}</h2>
        <span className="muted small">{t('dashboard.checklist.progress', { done, total: steps.length })}</span>
      </div>
      <p className="muted small">{done === steps.length ? t('dashboard.checklist.allDone') : t('dashboard.checklist.lead')}</p>
      <ol className="dash-checklist">
        {steps.map((step, i) => {
          const href = step.state === 'blocked' ? null : stepHref(step, place);
          const title = t(`dashboard.checklist.steps.${step.step}`);
          return (
            <li key={step.step} className={`dash-step dash-step-${step.state}`}>
              <span className="dash-step-icon" aria-hidden="true">
                {step.state === 'todo' ? i + 1 : ICON[step.state]}
              </span>
              <span className="dash-step-title">
                <span>{title}</span>
                <span className="dash-step-state">{t(`dashboard.checklist.state.${step.state}`)}</span>
              </span>
              <p className="dash-step-facts">{stepFacts(t, step, countryName, i18n.language)}</p>
              {href ? (
                <Link className="dash-step-link" to={href}>
                  {t(step.state === 'done' ? 'dashboard.checklist.review' : 'dashboard.checklist.go', { step: title })}
                </Link>
              ) : step.state === 'todo' && place.coordinatorCountry && ['details', 'categories', 'licence'].includes(step.step) ? (
                <span className="muted small">{t('dashboard.checklist.organisersDo')}</span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
