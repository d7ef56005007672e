import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import { stubFetch } from '../../../test/render';
import { VideoUploader } from './video-uploader';

const ENTRY = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';
const EMPTY_TEXT = 'This file is empty (0 bytes). Choose the video again, or export it again if it was saved empty.';

function renderUploader(routes: Parameters<typeof stubFetch>[0] = {}) {
  const stub = stubFetch(routes);
  vi.stubGlobal('fetch', stub.fetchStub);
  const onChanged = vi.fn();
  render(
    <AppProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <VideoUploader entryId={ENTRY} maxBytes={1024 * 1024 * 1024} resumable={null} onChanged={onChanged} />
    </AppProvider>,
  );
  return { ...stub, onChanged };
}

afterEach(() => vi.unstubAllGlobals());

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
});
