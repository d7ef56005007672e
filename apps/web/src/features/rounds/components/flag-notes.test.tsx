import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FlagNotes } from './flag-notes';
import { i18n } from '../../../lib/translator';

const notes = [
  { flag: 'lenient' as const, count: 12, points: 18.3, sd: 9.1, min: 40, max: 95.5 },
  { flag: 'flat' as const, count: 1, points: 0.4, sd: 0.7, min: 60, max: 62 },
];

const renderNotes = () => render(<FlagNotes notes={notes} />);

describe('FlagNotes', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('words each flag with its facts in English', async () => {
    await i18n.changeLanguage('en');
    renderNotes();
    expect(screen.getByText("Their average is 18.3 points above the panel's, on 12 scorecards.")).toBeVisible();
    expect(
      screen.getByText('Gives nearly the same total to every entry: a spread (standard deviation) of 0.7 points on 1 scorecard, from 60 to 62.'),
    ).toBeVisible();
  });

  it('words them in Japanese with every fact', async () => {
    await i18n.changeLanguage('ja');
    renderNotes();
    expect(screen.getByText('平均点がパネル全体の平均より18.3点高くなっています（採点票12件）。')).toBeVisible();
    expect(screen.getByText('どの作品にもほぼ同じ合計点を付けています。ばらつき（標準偏差）は0.7点、範囲は60〜62点です（採点票1件）。')).toBeVisible();
  });
});
