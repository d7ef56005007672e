import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../test/render';
import { makeDeck } from '../test/deck';
import { Slide } from './ceremony-slide';

describe("the winner slide's QR code", () => {
  it("shows the winner's showcase page as a QR code, with its address spelled out and a text alternative", () => {
    renderPage(<Slide step={{ id: 'w', kind: 'winner', reveal: 0 }} deck={makeDeck()} display="en" />);
    const qr = screen.getByTestId('winner-qr');
    const img = within(qr).getByRole('img', { name: 'QR code that opens “Lock your phone”' });
    expect(img).toHaveAttribute('src', '/showcase/ajvc-2027/media/TH-0003/qr.svg');
    expect(within(qr).getByText('Scan to watch')).toBeVisible();
    expect(within(qr).getByText('clapper.example/showcase/ajvc-2027/entries/TH-0003')).toBeVisible();
  });

  it("leaves it out of the presenter's small preview, and for a winner without a public page", () => {
    renderPage(<Slide step={{ id: 'w', kind: 'winner', reveal: 0 }} deck={makeDeck()} display="en" preview />);
    expect(screen.queryByTestId('winner-qr')).toBeNull();
    const deck = makeDeck();
    deck.reveals[0].winners = deck.reveals[0].winners.map((w) => ({ ...w, publicUrl: null, qrUrl: null }));
    renderPage(<Slide step={{ id: 'w', kind: 'winner', reveal: 0 }} deck={deck} display="en" />);
    expect(screen.queryByTestId('winner-qr')).toBeNull();
  });
});
