import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { ROUND_SECTIONS, type RoundSection } from '../utils/round-label';
import './rounds.css';

/** The round page's sections as links (each has its own address); the current one is marked for assistive technology. */
export function RoundSectionNav({ current, hrefFor }: { current: RoundSection; hrefFor: (section: RoundSection) => string }) {
  const { t } = useTranslation();
  return (
    <nav className="section-nav" aria-label={t('rounds.sections.label')}>
      <ul>
        {ROUND_SECTIONS.map((s) => (
          <li key={s}>
            <Link to={hrefFor(s)} aria-current={s === current ? 'page' : undefined} preventScrollReset>
              {t(`rounds.sections.${s}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
