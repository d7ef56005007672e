import { useParams } from 'react-router';
import { CountryOverview } from '../../features/countries/components/country-overview';

export function CoordinateRoute() {
  const { country = '' } = useParams();
  const code = country.toUpperCase();
  return <CountryOverview key={code} code={code} />;
}
