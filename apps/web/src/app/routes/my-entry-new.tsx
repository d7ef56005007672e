import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading } from '../../components/ui/query-state';
import { useMe, type Me } from '../../api/get-me';
import { competitionQueryOptions } from '../../api/get-competition';
import { useCompetitions } from '../../api/get-competitions';
import { useCountryNames } from '../../api/get-countries';
import { hasRole } from '../../features/auth/utils/role-home';
import { EntryForm, type MemberPrefill } from '../../features/entries/components/entry-form';
import type { EntryCompetitionOption } from '../../features/entries/components/entry-fields';
import { fallbackLang, localize, localizeWithLanguage } from '../../lib/localized-text';
import { paths } from '../paths';

/** A student starting an entry is its first member: their name, date of birth and school from the account. */
function firstMemberOf(me: Me | null | undefined): MemberPrefill | null {
  if (!me || !hasRole(me, 'student')) return null;
  return { fullName: me.displayName, dateOfBirth: me.dateOfBirth ?? '', schoolName: me.schoolName ?? '' };
}

/**
 * Starting an entry: only published competitions open for entries in which the viewer's country takes part.
 * "Enter this competition" comes here with `?competition=<id>`: that competition is chosen already, and the page
 * says plainly when it cannot be entered (not open, or the viewer's country does not take part).
 */
export function MyEntryNewRoute() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const wanted = params.get('competition');
  const me = useMe();
  const countries = useCountryNames();
  const list = useCompetitions();
  const open = useMemo(() => (list.data ?? []).filter((c) => c.status === 'published' && c.submissionPhase === 'open'), [list.data]);
  const details = useQueries({ queries: open.map((c) => competitionQueryOptions(c.id)) });
  const loading = list.isPending || me.isPending || details.some((d) => d.isPending);
  const failed = list.error ?? details.find((d) => d.error)?.error;
  const country = me.data?.countryCode ?? null;
  const openForViewer = details.flatMap((d) => (d.data ? [d.data] : [])).filter((c) => !country || c.countryCodes.includes(country));
  const options: EntryCompetitionOption[] = openForViewer.map((c) => ({
    id: c.id,
    name: localize(c.name, lng),
    nameLang: fallbackLang(localizeWithLanguage(c.name, lng), lng),
    languages: c.languages,
    referenceDate: c.referenceDate,
    categories: [...c.categories]
      .sort((a, b) => a.position - b.position)
      .map((cat) => ({ id: cat.id, name: localize(cat.name, lng), minAge: cat.minAge, maxAge: cat.maxAge })),
  }));
  // the competition asked for, and why it cannot be entered when it cannot
  const asked = wanted ? (list.data ?? []).find((c) => c.id === wanted) : undefined;
  const chosen = wanted ? options.find((o) => o.id === wanted) : undefined;
  const askedDetail = wanted ? details.find((d) => d.data?.id === wanted)?.data : undefined;
  const cannotEnter =
    !wanted || loading || failed || chosen
      ? null
      : !asked
        ? t('entries.path.unknownCompetition')
        : asked.submissionPhase !== 'open' || asked.status !== 'published'
          ? t('entries.path.notOpen', { name: localize(asked.name, lng) })
          : askedDetail && country && !askedDetail.countryCodes.includes(country)
            ? t('entries.path.notYourCountry', { name: localize(asked.name, lng), country: countries.nameOf(country) })
            : t('entries.path.unknownCompetition');

  return (
    <Page title={chosen ? t('entries.path.newTitleFor', { name: chosen.name }) : t('entries.newTitle')} lead={t('entries.newLead')}>
      {loading ? <Loading /> : null}
      {!loading && failed ? <ErrorNotice error={failed} onRetry={() => void list.refetch()} /> : null}
      {cannotEnter ? (
        <div className="notice notice-info" role="status">
          <p>{cannotEnter}</p>
          {asked ? (
            <p>
              <Link to={paths.competition(asked.slug)}>{t('entries.path.backToCompetition', { name: localize(asked.name, lng) })}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {!loading && !failed && options.length === 0 ? (
        <div className="notice notice-info">
          <p>{t('entries.noOpenCompetition')}</p>
          <p>
            <Link to={paths.home}>{t('competitions.backToList')}</Link>
          </p>
        </div>
      ) : null}
      {!loading && !failed && options.length ? (
        <EntryForm
          // a new competition chosen through a link starts a fresh form
          key={chosen?.id ?? 'any'}
          competitions={options}
          competitionId={chosen?.id}
          chooseAnother={chosen && options.length > 1 ? paths.me.newEntry : undefined}
          firstMember={firstMemberOf(me.data)}
          onCreated={(entry) => void navigate(paths.me.entry(entry.id))}
        />
      ) : null}
    </Page>
  );
}
