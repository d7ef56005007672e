import { ApiError } from '../../../lib/api-client';
import type { VideoStatus } from './get-video';

/**
 * The fallback when the browser cannot reach storage directly (a school proxy or firewall): the whole file goes to
 * POST /api/entries/:id/video as multipart `file`, and the server streams it on to storage. XMLHttpRequest, because
 * fetch reports no upload progress.
 */
export function uploadVideoThroughServer(
  entryId: string,
  file: File,
  { onProgress, onSent, signal }: { onProgress: (loaded: number, total: number) => void; onSent?: () => void; signal?: AbortSignal },
): Promise<VideoStatus> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/entries/${encodeURIComponent(entryId)}/video`);
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded, e.total);
    };
    xhr.upload.onload = () => onSent?.();
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as VideoStatus);
      else reject(new ApiError(xhr.status, typeof body === 'object' && body !== null ? body : undefined));
    };
    xhr.onerror = () => reject(new ApiError(0, { message: 'The server could not be reached.' }, 'network'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    if (signal) {
      if (signal.aborted) return xhr.abort();
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
