import { act, render, screen } from '@testing-library/react';
import { useMemo } from 'react';
import { describe, expect, it } from 'vitest';
import { createTranslator } from './translator';
import { bindTranslation } from './use-translation';

function setUp() {
  const i18n = createTranslator();
  i18n.addResources('en', { nav: { home: 'Home', count: '{{n, number}} entries' } });
  const useTranslation = bindTranslation(i18n);
  let renders = 0;
  let memos = 0;
  function Probe() {
    const { t, i18n: own } = useTranslation();
    renders++;
    const count = useMemo(() => {
      memos++;
      return t('nav.count', { n: 1234 });
    }, [t]);
    return (
      <p lang={own.language}>
        {t('nav.home')} · {count}
      </p>
    );
  }
  render(<Probe />);
  return { i18n, renders: () => renders, memos: () => memos };
}

describe('useTranslation', () => {
  it('renders in the language, and again when it changes, with a new t so memos follow', async () => {
    const { i18n, renders, memos } = setUp();
    expect(screen.getByText('Home · 1,234 entries')).toHaveAttribute('lang', 'en');
    await act(() => i18n.changeLanguage('de'));
    expect(screen.getByText(`Home · ${new Intl.NumberFormat('de').format(1234)} entries`)).toHaveAttribute('lang', 'de');
    expect(renders()).toBe(2);
    expect(memos()).toBe(2);
  });

  it('renders again when a part of the reader’s catalogs arrives', () => {
    const { i18n, renders } = setUp();
    act(() => void i18n.changeLanguage('th'));
    expect(screen.getByText(/^Home/)).toBeVisible();
    act(() => i18n.addResources('th', { nav: { home: 'หน้าแรก' } }));
    expect(screen.getByText(/^หน้าแรก/)).toBeVisible();
    expect(renders()).toBe(3);
  });

  it('a render with nothing changed keeps the same t', () => {
    const i18n = createTranslator();
    const useTranslation = bindTranslation(i18n);
    const seen: unknown[] = [];
    function Probe({ n }: { n: number }) {
      seen.push(useTranslation().t);
      return <p>{n}</p>;
    }
    const { rerender } = render(<Probe n={1} />);
    rerender(<Probe n={2} />);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
  });
});
