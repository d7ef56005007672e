import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import { stubFetch } from '../../../test/render';
import { i18n } from '../../../lib/translator';
import { loadLocale } from '../../../lib/i18n';
import type { UploadRules } from '../utils/preflight';
import { fakeVideoElement, type FakeMetadata } from '../utils/fake-video-element';
import { VideoUploader } from './video-uploader';

const ENTRY = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';
const EMPTY_TEXT = 'This file is empty (0 bytes). Choose the video again, or export it again if it was saved empty.';

// the competition's rules: MP4, MOV or WebM (no MKV), 30 s to 3 min, up to 1 GB
const RULES: UploadRules = {
  minDurationSeconds: 30,
  maxDurationSeconds: 180,
  maxFileSizeBytes: 1024 ** 3,
  acceptedContainers: ['mp4', 'mov', 'webm'],
  acceptedVideoCodecs: ['h264', 'hevc', 'vp9', 'av1'],
};

/** What the browser's <video> element reads from any file chosen: a 1-minute 1280×720 video unless told otherwise. */
const createElement = Document.prototype.createElement;
function videoReads(meta: FakeMetadata = { duration: 60, videoWidth: 1280, videoHeight: 720 }) {
  vi.spyOn(document, 'createElement').mockImplementation((tag: string, options?: ElementCreationOptions) =>
    tag === 'video' ? fakeVideoElement(meta) : createElement.call(document, tag, options),
  );
}

function renderUploader(routes: Parameters<typeof stubFetch>[0] = {}, rules?: UploadRules) {
  const stub = stubFetch(routes);
  vi.stubGlobal('fetch', stub.fetchStub);
  const onChanged = vi.fn();
  render(
    <AppProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <VideoUploader entryId={ENTRY} maxBytes={1024 * 1024 * 1024} rules={rules} resumable={null} onChanged={onChanged} />
    </AppProvider>,
  );
  return { ...stub, onChanged };
}

beforeEach(() => videoReads());
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await act(() => i18n.changeLanguage('en'));
});

describe('VideoUploader', () => {
  it('refuses an empty file before uploading anything, in its own words', async () => {
    const user = userEvent.setup();
    const { calls, onChanged } = renderUploader();
    await user.upload(screen.getByLabelText('Video file'), new File([], 'our-video.mp4', { type: 'video/mp4' }));
    await user.click(screen.getByRole('button', { name: 'Upload video' }));
    expect(screen.getByRole('alert').textContent).toBe(EMPTY_TEXT);
    expect(calls).toHaveLength(0);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it("shows its own text, not the form's generic one, when the server finds the file empty", async () => {
    const user = userEvent.setup();
    const { calls } = renderUploader({
      [`POST /api/entries/${ENTRY}/video/uploads`]: () => ({
        status: 400,
        body: {
          statusCode: 400,
          code: 'validation_failed',
          reason: 'common.validation_failed',
          params: { fields: ['sizeBytes'] },
          message: 'SERVER WORDS',
          fields: [{ field: 'sizeBytes', messages: ['SERVER WORDS'], problems: [{ reason: 'videos.empty_file', params: {} }] }],
        },
      }),
    });
    await user.upload(screen.getByLabelText('Video file'), new File(['not empty'], 'our-video.mp4', { type: 'video/mp4' }));
    await user.click(screen.getByRole('button', { name: 'Upload video' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file is empty (0 bytes). Choose the file again, or export it again if it was saved empty.',
    );
    expect(screen.queryByText(/SERVER WORDS/)).toBeNull();
    expect(screen.queryByText(/Some answers need correcting/)).toBeNull();
  });

  it('says in its own words that the account has too many uploads in progress, never the server’s', async () => {
    const user = userEvent.setup();
    const { calls } = renderUploader({
      [`POST /api/entries/${ENTRY}/video/uploads`]: () => ({
        status: 409,
        body: { statusCode: 409, code: 'conflict', reason: 'videos.too_many_open_uploads', params: { limit: 3 }, message: 'SERVER WORDS' },
      }),
    });
    await user.upload(screen.getByLabelText('Video file'), new File(['not empty'], 'our-video.mp4', { type: 'video/mp4' }));
    await user.click(screen.getByRole('button', { name: 'Upload video' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect((await screen.findByRole('alert')).textContent).toBe(
      "You already have 3 uploads in progress. Finish or cancel one of them on its entry's page, then start this one.",
    );
    expect(screen.queryByText(/SERVER WORDS/)).toBeNull();
  });

  it('states the competition’s own rules in its hint, and offers only its formats', () => {
    renderUploader({}, RULES);
    const input = screen.getByLabelText('Video file');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe(
      'MP4, MOV, or WebM, up to 1 GB. The video must be 30 seconds to 3 minutes long. The upload can be paused and resumed, even after closing the page.',
    );
    expect(input.getAttribute('accept')).toBe('.mp4,.m4v,video/mp4,.mov,video/quicktime,.webm,video/webm');
    expect(document.body.textContent).not.toMatch(/MKV/);
  });

  it('refuses a video that is too short before sending a byte, in the words the server would use', async () => {
    videoReads({ duration: 12.4, videoWidth: 1280, videoHeight: 720 });
    const user = userEvent.setup();
    const { calls, onChanged } = renderUploader({}, RULES);
    await user.upload(screen.getByLabelText('Video file'), new File(['a short film'], 'teaser.mp4', { type: 'video/mp4' }));
    await user.click(screen.getByRole('button', { name: 'Upload video' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file does not meet the competition’s rules, so nothing was uploaded:');
    expect(alert.textContent).toContain('Your video is 12 seconds long; it must be at least 30 seconds. Make it longer and upload again.');
    expect(calls).toHaveLength(0);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('refuses a format the competition excludes, and a file over its size, all at once (in Thai with every fact)', async () => {
    await loadLocale('th');
    await act(() => i18n.changeLanguage('th'));
    const user = userEvent.setup({ applyAccept: false });
    const { calls } = renderUploader({}, { ...RULES, maxFileSizeBytes: 1024 * 1024 });
    await user.upload(screen.getByLabelText('ไฟล์วิดีโอ'), new File([new Uint8Array(3 * 1024 * 1024)], 'our-film.mkv', { type: 'video/x-matroska' }));
    await user.click(screen.getByRole('button', { name: 'อัปโหลดวิดีโอ' }));
    const alert = await screen.findByRole('alert');
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/MKV/);
    expect(items[0]).toMatch(/MP4/);
    expect(items[0]).toMatch(/WEBM/);
    expect(items[1]).toMatch(/3 MB/);
    expect(items[1]).toMatch(/1 MB/);
    expect(alert.textContent).toContain('ไฟล์นี้ไม่ตรงตามกติกาของการประกวด');
    expect(calls).toHaveLength(0);
  });

  it('does not refuse a file the browser cannot read: the server checks it', async () => {
    videoReads('unreadable');
    const user = userEvent.setup();
    const { calls } = renderUploader(
      {
        [`POST /api/entries/${ENTRY}/video/uploads`]: () => ({
          status: 409,
          body: { statusCode: 409, code: 'conflict', reason: 'videos.too_many_open_uploads', params: { limit: 3 }, message: 'x' },
        }),
      },
      RULES,
    );
    await user.upload(screen.getByLabelText('Video file'), new File(['hevc 10-bit'], 'phone.mov', { type: 'video/quicktime' }));
    await user.click(screen.getByRole('button', { name: 'Upload video' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].path).toBe(`/api/entries/${ENTRY}/video/uploads`);
  });
});
