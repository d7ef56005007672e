// Runs ffmpeg and ffprobe as child processes, without a shell, with a timeout, an AbortSignal and line callbacks.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { metrics } from '../metrics/metrics.js';
import { MediaError } from './media-toolkit.js';

/** how much of ffmpeg's stderr is kept for the error's detail */
const STDERR_TAIL_BYTES = 4096;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderrTail: string;
}

export interface RunOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  /** keep all stdout (ffprobe's JSON); otherwise only lines are passed on */
  collectStdout?: boolean;
}

/** Runs a binary without a shell. Rejects with `aborted` on abort (the child is killed), `unavailable` when it cannot start. */
export function run(bin: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new MediaError('aborted', 'The video processing was stopped.'));
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: false, windowsHide: true });
    const started = performance.now();
    let stdout = '';
    let stdoutRest = '';
    let stderr = '';
    let stderrRest = '';
    let settled = false;
    let killedFor: 'aborted' | 'timeout' | null = null;

    const kill = (why: 'aborted' | 'timeout') => {
      killedFor ??= why;
      child.kill('SIGKILL');
    };
    const onAbort = () => kill('aborted');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = options.timeoutMs ? setTimeout(() => kill('timeout'), options.timeoutMs) : null;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      metrics().mediaSeconds(path.basename(bin).includes('ffprobe') ? 'ffprobe' : 'ffmpeg', (performance.now() - started) / 1000);
      options.signal?.removeEventListener('abort', onAbort);
      if (timer) clearTimeout(timer);
      fn();
    };
    const lines = (rest: string, chunk: string, each?: (line: string) => void): string => {
      const parts = (rest + chunk).split('\n');
      const last = parts.pop() ?? '';
      if (each) for (const line of parts) each(line.replace(/\r$/, ''));
      return last;
    };

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (options.collectStdout) stdout += chunk;
      stdoutRest = lines(stdoutRest, chunk, options.onStdoutLine);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL_BYTES);
      stderrRest = lines(stderrRest, chunk, options.onStderrLine);
    });
    child.on('error', (err: NodeJS.ErrnoException) =>
      finish(() => reject(new MediaError('unavailable', 'Video processing is not available right now.', `${path.basename(bin)}: ${err.code ?? err.message}`))),
    );
    child.on('close', (code) =>
      finish(() => {
        if (stdoutRest && options.onStdoutLine) options.onStdoutLine(stdoutRest);
        if (killedFor === 'aborted') return reject(new MediaError('aborted', 'The video processing was stopped.'));
        if (killedFor === 'timeout') return reject(new MediaError('timeout', 'Processing the video took too long.', stderr));
        resolve({ code, stdout, stderrTail: stderr });
      }),
    );
  });
}
