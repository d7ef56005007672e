import type { CeremonyDeck as Deck, CeremonyEntry } from '../api/get-ceremony';

export const C = '5d7c1f0e-1111-4222-8333-444455556666';

export const entry = (code: string, title: string, winner = false): CeremonyEntry => ({
  entryId: `id-${code}`,
  code,
  title,
  countryCode: code.slice(0, 2),
  countryName: { en: code.startsWith('TH') ? 'Thailand' : 'Japan', ja: code.startsWith('TH') ? 'タイ' : '日本' },
  categoryName: { en: 'Ages 13–17' },
  credits: `Team of ${title}`,
  creditNames: [`Team of ${title}`],
  posterUrl: `https://media.example/${code}.jpg`,
  videoUrl: winner ? `https://media.example/${code}.mp4` : null,
  hlsUrl: null,
  subtitles: winner
    ? [
        { language: 'en', url: 'https://media.example/en.vtt' },
        { language: 'ja', url: 'https://media.example/ja.vtt' },
      ]
    : [],
  publicUrl: winner ? `https://clapper.example/showcase/ajvc-2027/entries/${code}` : null,
  qrUrl: winner ? `/showcase/ajvc-2027/media/${code}/qr.svg` : null,
});

/** One award (Grand Prize) with two nominees and a winner with a video: title, nominees, winner, video, closing. */
export function makeDeck(state: 'sealed' | 'published' = 'sealed'): Deck {
  const winner = entry('TH-0003', 'Lock your phone', true);
  return {
    competitionId: C,
    competitionName: { en: 'ASEAN–Japan Video Competition 2027', ja: '日ASEAN動画コンテスト2027' },
    languages: ['en', 'ja'],
    language: null,
    publication: {
      state,
      sealedAt: '2027-09-01T00:00:00.000Z',
      publishedAt: state === 'published' ? '2027-09-10T10:00:00.000Z' : null,
      ceremonyAt: '2027-09-10T09:00:00.000Z',
      finalRoundId: 'f',
      blockers: [],
    },
    expiresAt: '2099-01-01T00:00:00.000Z',
    reveals: [
      {
        awardId: 'a1',
        awardName: { en: 'Grand Prize', ja: 'グランプリ' },
        description: { en: 'The best video of the year.' },
        countryCode: null,
        countryName: null,
        nominees: [entry('JP-0001', 'Strong passwords'), winner],
        winners: [winner],
      },
    ],
  };
}
