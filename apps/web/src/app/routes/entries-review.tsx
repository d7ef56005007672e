import { useParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { useCountryNames } from '../../api/get-countries';
import { ReviewList } from '../../features/entries/components/review-list';

/** The central list of entries: organisers at /admin/entries, a coordinator at /coordinate/:country/entries. */
export function EntriesReviewRoute() {
  const { t } = useTranslation();
  const { country } = useParams();
  const code = country?.toUpperCase();
  const countries = useCountryNames();
  return (
    <Page
      title={code ? t('review.titleCountry', { country: countries.nameOf(code) }) : t('review.title')}
      lead={code ? t('review.leadCountry') : t('review.lead')}
    >
      <ReviewList country={code} />
    </Page>
  );
}
