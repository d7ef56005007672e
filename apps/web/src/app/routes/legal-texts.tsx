import { useParams } from 'react-router';
import { LegalTextsPage } from '../../features/consents/components/legal-texts-page';

/** A competition's consent and licence texts per language: organisers under /admin, a coordinator under their country. */
export function LegalTextsRoute() {
  const params = useParams();
  const country = params.country?.toUpperCase();
  const competitionId = (country ? params.competitionId : params.id) ?? '';
  return <LegalTextsPage competitionId={competitionId} country={country} />;
}
