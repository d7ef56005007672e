import { render, screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import { loadLocale } from '../../../lib/i18n';
import { formatDuration } from '../../../lib/format';
import { stubFetch } from '../../../test/render';
import { VideoPanel } from './video-panel';
import { i18n } from '../../../lib/translator';

const ENTRY = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
// what the API sends in `message` for API users: the page never shows it
const SERVER_WORDS: Record<string, string> = {
  damaged: 'SERVER: Part of this video file is damaged, so we cannot convert it.',
  processing_failed: 'SERVER: We could not finish processing your video.',
  too_long: 'SERVER: Your video is 3 min 41 s long; the limit is 3 min. Trim it and upload again.',
  container_not_accepted: 'SERVER: This competition does not accept AVI files; it accepts MP4, MOV.',
};
const PARAMS: Record<string, Record<string, unknown>> = {
  too_long: { seconds: 220.4, max: 180 },
  container_not_accepted: { container: 'avi', accepted: ['mp4', 'mov'] },
};

function renderRejected(code: string) {
  const { fetchStub } = stubFetch({
    [`GET /api/entries/${ENTRY}/video`]: () => ({
      body: {
        assetId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
        status: 'rejected',
        progress: 1,
        problems: [{ code, params: PARAMS[code] ?? {}, message: SERVER_WORDS[code], blocking: true }],
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
  await i18n.changeLanguage('en');
});

describe('VideoPanel: a video the processing rejected', () => {
  it.each([
    ['damaged', 'Part of this video file is damaged. Export the video again from your editing app and upload the new file.'],
    ['processing_failed', 'We could not finish processing the video. Upload it again'],
  ] as const)('%s: says what to do in English from the catalog, never the server’s words', async (code, words) => {
    renderRejected(code);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(words);
    expect(alert.textContent).not.toContain('SERVER');
  });

  it('too long: gives the length (rounded up, away from the limit) and the limit', async () => {
    renderRejected('too_long');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      `Your video is ${formatDuration(221, 'en')} long; the limit is ${formatDuration(180, 'en')}. Trim it and upload again.`,
    );
    expect(alert.textContent).not.toContain('SERVER');
  });

  it('too long, in Japanese: keeps the length and the limit (not just "動画が長すぎます。")', async () => {
    await loadLocale('ja');
    await i18n.changeLanguage('ja');
    renderRejected('too_long');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`動画の長さは${formatDuration(221, 'ja')}で、上限は${formatDuration(180, 'ja')}です。`);
    expect(alert.textContent).not.toContain('SERVER');
  });

  it('a format not accepted, in Thai: names the file format and every accepted one', async () => {
    await loadLocale('th');
    await i18n.changeLanguage('th');
    renderRejected('container_not_accepted');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`การประกวดนี้ไม่รับไฟล์ AVI รับเฉพาะ ${new Intl.ListFormat('th', { type: 'conjunction' }).format(['MP4', 'MOV'])}`);
    expect(alert.textContent).not.toContain('SERVER');
  });

  it.each([
    ['damaged', 'この動画ファイルの一部が壊れています。'],
    ['processing_failed', '動画の処理を完了できませんでした。'],
  ] as const)('%s: in Japanese, its own translation, never the server’s English', async (code, words) => {
    await loadLocale('ja');
    await i18n.changeLanguage('ja');
    renderRejected(code);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(words);
    expect(alert.textContent).not.toContain('SERVER');
  });
});
