import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { EmptyState, ErrorNotice, Loading, Notice } from '../../../components/ui/query-state';
import { Button } from '../../../components/ui/button';
import { useCompetitions } from '../../../api/get-competitions';
import { competitionQueryOptions } from '../../../api/get-competition';
import { useCountryNames } from '../../../api/get-countries';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { languageName } from '../../../lib/i18n-formats';
import { localize } from '../../../lib/localized-text';
import { LANGUAGES } from '../../../lib/i18n';
import { paths } from '../../../app/paths';
import { useReviewEntries, type ReviewRow } from '../api/get-review-entries';
import {
  CONSENTS,
  PAGE_SIZES,
  SCREENINGS,
  STATUSES,
  VIDEOS,
  searchFromView,
  viewFromSearch,
  withFilter,
  withSort,
  type ReviewFilterName,
  type ReviewView,
} from '../utils/review-view';
import { BulkActions } from './bulk-actions';
import { EntryStatusBadge } from './entry-badges';
import './review.css';

const SORTABLE: { key: ReviewView['sort']; label: string }[] = [
  { key: 'code', label: 'code' },
  { key: 'title', label: 'title' },
  { key: 'country', label: 'country' },
  { key: 'category', label: 'category' },
  { key: 'status', label: 'status' },
  { key: 'submittedAt', label: 'submittedAt' },
];

/** The screening outcome as a badge: pending, eligible, ineligible, or changes requested (until a deadline). */
export function ScreeningBadge({ screening }: { screening: ReviewRow['screening'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge-screening-${screening}`}>{t(`review.screening.${screening}`)}</span>;
}

/**
 * The central list of entries: organisers see every competition's, a coordinator their country's (`country`). The
 * whole view (filters, sort, page) lives in the URL, so a link opens the same list, and the review queue keeps it for
 * previous and next. Rows can be selected for a bulk action.
 */
export function ReviewList({ country }: { country?: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [search, setSearch] = useSearchParams();
  const view = useMemo(() => viewFromSearch(search, country), [search, country]);
  const setView = (next: ReviewView) => setSearch(searchFromView(next, country));
  const entries = useReviewEntries(view);
  const competitions = useCompetitions();
  const competition = useQuery({ ...competitionQueryOptions(view.competitionId ?? ''), enabled: Boolean(view.competitionId) });
  const countries = useCountryNames();
  const [q, setQ] = useState(view.q ?? '');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const listSearch = searchFromView(view, country).toString();
  // a new view is a new list: what was selected on the old one is not silently acted upon
  useEffect(() => setSelected(new Set()), [listSearch]);
  useEffect(() => setQ(view.q ?? ''), [view.q]);

  const set = (name: ReviewFilterName) => (value: string) => setView(withFilter(view, name, value));
  const rows = entries.data?.items ?? [];
  const total = entries.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / view.pageSize));
  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const filtered = Boolean(
    view.status || view.consent || view.video || view.screening || view.language || view.q || view.categoryId || (!country && view.country),
  );
  const c = competition.data;
  const categories = c ? [...c.categories].sort((a, b) => a.position - b.position) : [];
  const languages = c?.languages ?? LANGUAGES;
  const countryOptions = c ? countries.list.filter((x) => c.countryCodes.includes(x.code)) : countries.list;

  function onSearch(e: FormEvent) {
    e.preventDefault();
    setView(withFilter(view, 'q', q.trim()));
  }
  function toggle(id: string) {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  }

  const select = (name: ReviewFilterName, label: string, options: { value: string; label: string }[], value: string | undefined) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <select value={value ?? ''} onChange={(e) => set(name)(e.target.value)}>
        <option value="">{t('review.filters.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="stack">
      <form className="panel review-filters" role="search" aria-label={t('review.filters.title')} onSubmit={onSearch}>
        <div className="review-search">
          <label className="field">
            <span className="field-label">{t('review.filters.q')}</span>
            <input type="search" value={q} maxLength={100} onChange={(e) => setQ(e.target.value)} placeholder={t('review.filters.qPlaceholder')} />
          </label>
          <Button type="submit">{t('review.filters.search')}</Button>
        </div>
        <div className="review-filter-grid">
          {select(
            'competitionId',
            t('review.filters.competition'),
            (competitions.data ?? []).map((x) => ({ value: x.id, label: localize(x.name, lng) })),
            view.competitionId,
          )}
          {country
            ? null
            : select(
                'country',
                t('review.filters.country'),
                countryOptions.map((x) => ({ value: x.code, label: x.name })),
                view.country,
              )}
          {c
            ? select(
                'categoryId',
                t('review.filters.category'),
                categories.map((x) => ({ value: x.id, label: localize(x.name, lng) })),
                view.categoryId,
              )
            : null}
          {select(
            'status',
            t('review.filters.status'),
            STATUSES.map((s) => ({ value: s, label: t(`entries.status.${s}`) })),
            view.status,
          )}
          {select(
            'screening',
            t('review.filters.screening'),
            SCREENINGS.map((s) => ({ value: s, label: t(`review.screening.${s}`) })),
            view.screening,
          )}
          {select(
            'consent',
            t('review.filters.consent'),
            CONSENTS.map((s) => ({ value: s, label: t(`review.consent.${s}`) })),
            view.consent,
          )}
          {select(
            'video',
            t('review.filters.video'),
            VIDEOS.map((s) => ({ value: s, label: t(`review.video.${s}`) })),
            view.video,
          )}
          {select(
            'language',
            t('review.filters.language'),
            languages.map((l) => ({ value: l, label: languageName(l, lng) })),
            view.language,
          )}
        </div>
        {filtered ? (
          <p>
            <Button variant="link" onClick={() => setView({ ...viewFromSearch(new URLSearchParams(), country), competitionId: view.competitionId })}>
              {t('review.filters.clear')}
            </Button>
          </p>
        ) : null}
      </form>

      {entries.isPending ? <Loading /> : null}
      {entries.isError ? <ErrorNotice error={entries.error} onRetry={() => void entries.refetch()} /> : null}
      {entries.data ? (
        <>
          <p className="review-count" role="status" aria-live="polite">
            {t('review.count', { count: total, n: formatNumber(total, lng) })}
          </p>
          <BulkActions selected={[...selected]} rows={rows} onDone={() => setSelected(new Set())} />
          {rows.length ? (
            <div className="table-wrap review-table-wrap">
              <table className="table review-table">
                <caption className="visually-hidden">{t('review.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="review-check">
                      <input
                        type="checkbox"
                        checked={allOnPage}
                        aria-label={t('review.selectPage')}
                        onChange={() => setSelected(allOnPage ? new Set() : new Set(rows.map((r) => r.id)))}
                      />
                    </th>
                    {SORTABLE.slice(0, 2).map((col) => (
                      <SortHeader
                        key={col.key}
                        view={view}
                        column={col.key}
                        label={t(`review.columns.${col.label}`)}
                        onSort={(s) => setView(withSort(view, s))}
                      />
                    ))}
                    {SORTABLE.slice(2, 4).map((col) => (
                      <SortHeader
                        key={col.key}
                        view={view}
                        column={col.key}
                        label={t(`review.columns.${col.label}`)}
                        onSort={(s) => setView(withSort(view, s))}
                      />
                    ))}
                    <SortHeader view={view} column="status" label={t('review.columns.status')} onSort={(s) => setView(withSort(view, s))} />
                    <th scope="col">{t('review.columns.consent')}</th>
                    <th scope="col">{t('review.columns.video')}</th>
                    <th scope="col">{t('review.columns.language')}</th>
                    <SortHeader view={view} column="submittedAt" label={t('review.columns.submittedAt')} onSort={(s) => setView(withSort(view, s))} />
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id} className={selected.has(r.id) ? 'is-selected' : undefined}>
                      <td className="review-check">
                        <input
                          type="checkbox"
                          checked={selected.has(r.id)}
                          onChange={() => toggle(r.id)}
                          aria-label={t('review.selectRow', { code: r.code, title: r.title })}
                        />
                      </td>
                      <th scope="row" className="review-code">
                        <code>{r.code}</code>
                        <div className="muted small">{localize(r.competition.name, lng)}</div>
                      </th>
                      <td data-label={t('review.columns.title')}>
                        <Link to={paths.entries.review(country, r.id, listSearch ? `?${listSearch}` : '')}>{r.title || t('entries.untitled')}</Link>
                        <div className="muted small">
                          <span className="visually-hidden">{t('review.columns.school')}: </span>
                          {r.schoolName}
                        </div>
                      </td>
                      <td data-label={t('review.columns.country')}>{countries.nameOf(r.countryCode)}</td>
                      <td data-label={t('review.columns.category')}>{localize(r.category.name, lng)}</td>
                      <td data-label={t('review.columns.status')}>
                        <span className="badges">
                          <EntryStatusBadge status={r.status} />
                          {r.status === 'submitted' || r.screening === 'changes_requested' ? <ScreeningBadge screening={r.screening} /> : null}
                        </span>
                        {r.changesDueAt ? <div className="muted small">{t('review.changesUntil', { date: formatDateTime(r.changesDueAt, lng) })}</div> : null}
                      </td>
                      <td data-label={t('review.columns.consent')}>
                        <span className={`badge badge-review-consent-${r.consent}`}>{t(`review.consent.${r.consent}`)}</span>
                      </td>
                      <td data-label={t('review.columns.video')}>
                        <span className={`badge badge-video-${r.video}`}>{t(`review.video.${r.video}`)}</span>
                      </td>
                      <td data-label={t('review.columns.language')}>{languageName(r.language, lng)}</td>
                      <td data-label={t('review.columns.submittedAt')}>{r.submittedAt ? formatDateTime(r.submittedAt, lng) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <EmptyState>{filtered ? t('review.emptyFiltered') : t('review.empty')}</EmptyState>
          )}
          {total > 0 ? (
            <nav className="review-pager" aria-label={t('review.pager.label')}>
              <Button variant="secondary" disabled={view.page <= 1} onClick={() => setView({ ...view, page: view.page - 1 })}>
                {t('review.pager.previous')}
              </Button>
              <span>{t('review.pager.page', { page: formatNumber(view.page, lng), pages: formatNumber(pages, lng) })}</span>
              <Button variant="secondary" disabled={view.page >= pages} onClick={() => setView({ ...view, page: view.page + 1 })}>
                {t('review.pager.next')}
              </Button>
              <label className="review-page-size">
                <span>{t('review.pager.size')}</span>
                <select value={view.pageSize} onChange={(e) => setView({ ...view, pageSize: Number(e.target.value), page: 1 })}>
                  {PAGE_SIZES.map((n) => (
                    <option key={n} value={n}>
                      {formatNumber(n, lng)}
                    </option>
                  ))}
                </select>
              </label>
            </nav>
          ) : null}
          {entries.isFetching && !entries.isPending ? <Notice>{t('common.loading')}</Notice> : null}
        </>
      ) : null}
    </div>
  );
}

/** A column header that sorts the list: a button, with aria-sort on the header saying the current order. */
function SortHeader({ view, column, label, onSort }: { view: ReviewView; column: ReviewView['sort']; label: string; onSort: (s: ReviewView['sort']) => void }) {
  const { t } = useTranslation();
  const active = view.sort === column;
  return (
    <th scope="col" aria-sort={active ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (view.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
        <span className="visually-hidden">{active ? t(`review.sorted.${view.dir}`) : t('review.sorted.none')}</span>
      </button>
    </th>
  );
}
