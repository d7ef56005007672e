/**
 * The states an upload goes through on the page, and what each action does. Pure, so the rules are tested
 * without a browser: idle → preparing → uploading ⇄ paused → completing → done; failures go to `failed`
 * (retry resumes from the parts already stored); cancel returns to idle.
 */
export type UploadPhase = 'idle' | 'preparing' | 'uploading' | 'paused' | 'completing' | 'done' | 'failed';

export interface UploadState {
  phase: UploadPhase;
  fileName: string | null;
  bytesUploaded: number;
  bytesTotal: number;
  error: string | null;
}

export type UploadEvent =
  | { type: 'start'; fileName: string; bytesTotal: number }
  | { type: 'started' }
  | { type: 'progress'; bytesUploaded: number; bytesTotal: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'allPartsSent' }
  | { type: 'succeeded' }
  | { type: 'failed'; error: string }
  | { type: 'retry' }
  | { type: 'cancel' };

export const initialUploadState: UploadState = { phase: 'idle', fileName: null, bytesUploaded: 0, bytesTotal: 0, error: null };

export function uploadReducer(state: UploadState, event: UploadEvent): UploadState {
  switch (event.type) {
    case 'start':
      if (state.phase !== 'idle' && state.phase !== 'done' && state.phase !== 'failed') return state;
      return { phase: 'preparing', fileName: event.fileName, bytesUploaded: 0, bytesTotal: event.bytesTotal, error: null };
    case 'started':
      return state.phase === 'preparing' ? { ...state, phase: 'uploading' } : state;
    case 'progress': {
      if (state.phase !== 'uploading' && state.phase !== 'preparing' && state.phase !== 'paused') return state;
      const bytesUploaded = Math.min(event.bytesUploaded, event.bytesTotal);
      const phase = state.phase === 'preparing' ? 'uploading' : state.phase;
      return { ...state, phase, bytesUploaded, bytesTotal: event.bytesTotal };
    }
    case 'pause':
      return state.phase === 'uploading' ? { ...state, phase: 'paused' } : state;
    case 'resume':
      return state.phase === 'paused' ? { ...state, phase: 'uploading' } : state;
    case 'allPartsSent':
      return state.phase === 'uploading' ? { ...state, phase: 'completing', bytesUploaded: state.bytesTotal } : state;
    case 'succeeded':
      return state.phase === 'idle' ? state : { ...state, phase: 'done', bytesUploaded: state.bytesTotal, error: null };
    case 'failed':
      return state.phase === 'idle' || state.phase === 'done' ? state : { ...state, phase: 'failed', error: event.error };
    case 'retry':
      return state.phase === 'failed' ? { ...state, phase: 'uploading', error: null } : state;
    case 'cancel':
      return initialUploadState;
  }
}

/** Whole percent sent, never 100 before the last byte. */
export function percentOf(state: Pick<UploadState, 'bytesUploaded' | 'bytesTotal'>): number {
  if (state.bytesTotal <= 0) return 0;
  const p = Math.floor((state.bytesUploaded / state.bytesTotal) * 100);
  return state.bytesUploaded >= state.bytesTotal ? 100 : Math.min(p, 99);
}

export const canPause = (s: UploadState) => s.phase === 'uploading';
export const canResume = (s: UploadState) => s.phase === 'paused';
export const canCancel = (s: UploadState) => s.phase === 'preparing' || s.phase === 'uploading' || s.phase === 'paused' || s.phase === 'failed';
export const canRetry = (s: UploadState) => s.phase === 'failed';
export const isBusy = (s: UploadState) => s.phase === 'preparing' || s.phase === 'uploading' || s.phase === 'paused' || s.phase === 'completing';
