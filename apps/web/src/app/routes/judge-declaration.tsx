import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { Notice } from '../../components/ui/query-state';
import { useDeclaration } from '../../features/judging/api/get-declaration';
import { DeclarationForm } from '../../features/judging/components/declaration-form';
import { paths } from '../paths';
import { useCountryNames } from '../../api/get-countries';
import { JudgePageState } from './judge-page-state';

/** The judge declares the languages they understand and their conflicts of interest for one round. */
export function JudgeDeclarationRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const declaration = useDeclaration(id);
  const countries = useCountryNames();
  const [saved, setSaved] = useState(0);
  const savedRef = useRef<HTMLDivElement>(null);
  // the confirmation sits above the form: bring it into view (and focus) after each save
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  if (!declaration.data)
    return (
      <JudgePageState
        title={t('judge.declaration.title')}
        query={declaration}
        notFoundText={t('judge.queue.notFound')}
        back={{ to: paths.judge.root, label: t('judge.backToRounds') }}
      />
    );
  return (
    <Page title={t('judge.declaration.title')} lead={t('judge.declaration.lead')}>
      <p>
        <Link to={paths.judge.round(id)}>{t('judge.backToQueue')}</Link>
      </p>
      {saved ? (
        <div ref={savedRef} tabIndex={-1}>
          <Notice tone="success">
            <p>{t('judge.declaration.saved')}</p>
            <Link className="btn btn-primary" to={paths.judge.round(id)}>
              {t('judge.declaration.toQueue')}
            </Link>
          </Notice>
        </div>
      ) : null}
      <DeclarationForm key={id} roundId={id} declaration={declaration.data} countryName={countries.nameOf} onSaved={() => setSaved((n) => n + 1)} />
    </Page>
  );
}
