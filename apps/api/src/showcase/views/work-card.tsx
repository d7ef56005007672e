import type { PublicWork } from '../showcase.service.js';
import type { Translator } from '../showcase-i18n.js';
import { showcasePaths } from '../showcase-paths.js';
import { LocalText } from './local-text.js';

/** The place (and country, for a country award) of an award a work won, as a short badge text. */
export function awardBadge(
  t: Translator,
  a: { name: Record<string, string>; place: number; places: number; countryCode: string | null },
  countryNames?: Record<string, string>,
): string {
  const name = t.pick(a.name);
  if (a.countryCode) return t.t('award.forCountry', { award: name, country: t.countryName(a.countryCode, countryNames) });
  return a.places > 1 ? t.t('award.withPlace', { award: name, place: t.place(a.place) }) : name;
}

/** The anchor of a work's card on its edition's page. */
export const cardId = (code: string) => `work-${code}`;

/** A poster card linking to a work's page, with every award it won. The poster loads lazily, with its size reserved. */
export function WorkCard({ t, slug, work, level = 3 }: { t: Translator; slug: string; work: PublicWork; level?: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const badges = work.awards.map((a) => awardBadge(t, a, work.countryNames));
  return (
    <li className="card" id={cardId(work.code)}>
      {work.hasPoster ? (
        <img className="thumb" src={showcasePaths.poster(slug, work.code)} alt="" loading="lazy" decoding="async" width={320} height={180} />
      ) : (
        <span className="thumb" aria-hidden="true" />
      )}
      <div className="card-body">
        <Heading>
          <a href={showcasePaths.entry(slug, work.code)}>{work.title}</a>
        </Heading>
        <p className="meta">
          {t.countryName(work.countryCode, work.countryNames)} · <LocalText t={t} text={work.categoryName} />
        </p>
        <p className="meta">{t.t('entry.by', { names: t.list(work.credits.names) })}</p>
        <ul className="badges">
          {badges.map((b) => (
            <li key={b} className="badge">
              {b}
            </li>
          ))}
          {badges.length === 0 && work.finalist ? <li className="badge finalist">{t.t('finalist')}</li> : null}
        </ul>
      </div>
    </li>
  );
}
