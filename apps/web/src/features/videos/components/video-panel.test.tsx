import { render, screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import { stubFetch } from '../../../test/render';
import { VideoPanel } from './video-panel';

const ENTRY = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const SERVER_WORDS = {
  damaged: 'Part of this video file is damaged, so we cannot convert it. Export the video again from your editing app and upload the new file.',
  processing_failed:
    'We could not finish processing your video. Upload it again; if the same thing happens, export it again as an MP4 (H.264) file and upload that.',
};

function renderRejected(code: keyof typeof SERVER_WORDS) {
  const { fetchStub } = stubFetch({
    [`GET /api/entries/${ENTRY}/video`]: () => ({
      body: {
        assetId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
        status: 'rejected',
        progress: 1,
        problems: [{ code, params: {}, message: SERVER_WORDS[code], blocking: true }],
        fileName: 'our-video.mp4',
        sizeBytes: 1_000_000,
        durationSeconds: 3,
        width: 640,
        height: 360,
        playback: null,
      },
    }),
    [`GET /api/entries/${ENTRY}/subtitles`]: () => ({ body: { items: [] } }),
  });
  vi.stubGlobal('fetch', fetchStub);
  render(
    <AppProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <VideoPanel entryId={ENTRY} title="Think before you click" editable={false} maxBytes={1024 * 1024 * 1024} sectionId="video" onSettled={() => undefined} />
    </AppProvider>,
  );
}

afterEach(async () => {
  vi.unstubAllGlobals();
  await i18next.changeLanguage('en');
});

describe('VideoPanel: a video the processing rejected', () => {
  it.each(['damaged', 'processing_failed'] as const)('%s: says what to do, in English from the server’s words', async (code) => {
    renderRejected(code);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(SERVER_WORDS[code]);
  });

  it.each([
    ['damaged', 'この動画ファイルの一部が壊れています。'],
    ['processing_failed', '動画の処理を完了できませんでした。'],
  ] as const)('%s: in Japanese, its own translation, never the server’s English', async (code, words) => {
    await i18next.changeLanguage('ja');
    renderRejected(code);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(words);
    expect(alert.textContent).not.toContain(SERVER_WORDS[code]);
  });
});
