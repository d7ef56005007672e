#!/usr/bin/env node
// bench:transcode: the media pipeline (FfmpegToolkit probe + transcodeWeb + poster) against the bare ffmpeg/ffprobe
// command lines with the same settings, on a 60 s 1080p clip with sound; and the adaptive ladder's encode (issue 18:
// FfmpegToolkit.hlsLadder, every rung in one run) against the single web rendition it comes beside. Runs alternate,
// 3 each; medians reported. Not part of the test suite. Results go in docs/benchmarks.md by hand.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = 60;
const RUNS = 3;
const TARGET_OVERHEAD = 1.1;

console.log('building libs/domain and apps/api ...');
for (const ws of ['libs/domain', 'apps/api']) {
  const built = spawnSync('npm', ['run', 'build', '-w', ws, '--silent'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const { createMediaToolkit } = await import(path.join(root, 'apps/api/dist/media/ffmpeg.toolkit.js'));
const { webRenditionArgs } = await import(path.join(root, 'apps/api/dist/media/ffmpeg-args.js'));
const { WEB_RENDITION } = await import(path.join(root, 'apps/api/dist/media/media-toolkit.js'));
const { webRenditionSize } = await import(path.join(root, 'libs/domain/dist/video-rules.js'));
const { ladderFor } = await import(path.join(root, 'libs/domain/dist/ladder.js'));

function exec(bin, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${bin} exited ${code}: ${err.slice(-500)}`))));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const secs = (ms) => (ms / 1000).toFixed(2);

const media = await createMediaToolkit({}, (msg) => console.log(msg));
const dir = await mkdtemp(path.join(os.tmpdir(), 'clapper-bench-'));
try {
  const input = path.join(dir, 'input-1080p-60s.mp4');
  let t = performance.now();
  await exec(media.binaries.ffmpeg, [
    '-nostdin',
    '-y',
    '-loglevel',
    'error',
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=1920x1080:rate=30:duration=${SECONDS}`,
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=440:sample_rate=48000:duration=${SECONDS}`,
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-ac',
    '2',
    input,
  ]);
  console.log(`generated ${SECONDS} s 1080p30 clip with stereo sound in ${secs(performance.now() - t)} s`);

  const size = webRenditionSize(1920, 1080);
  const posterAt = 20;

  async function pipeline(i) {
    const start = performance.now();
    const probe = await media.probe(input);
    const s = webRenditionSize(probe.video.displayWidth, probe.video.displayHeight);
    const t0 = performance.now();
    await media.transcodeWeb(input, path.join(dir, `pipeline-${i}.mp4`), { ...s, durationSeconds: probe.durationSeconds, onProgress: () => undefined });
    const transcode = performance.now() - t0;
    await media.poster(input, path.join(dir, `pipeline-${i}.jpg`), posterAt);
    return { total: performance.now() - start, transcode };
  }

  const bareProbe = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', input];
  const bareTranscode = (i) => ['-nostdin', '-loglevel', 'error', '-y', ...webRenditionArgs(input, path.join(dir, `bare-${i}.mp4`), size)];
  const barePoster = (i) => [
    '-nostdin',
    '-loglevel',
    'error',
    '-y',
    '-ss',
    String(posterAt),
    '-i',
    input,
    '-map',
    '0:v:0',
    '-frames:v',
    '1',
    '-vf',
    `scale=${size.width}:${size.height},setsar=1`,
    '-map_metadata',
    '-1',
    '-q:v',
    String(WEB_RENDITION.posterQuality),
    '-f',
    'image2',
    '-c:v',
    'mjpeg',
    path.join(dir, `bare-${i}.jpg`),
  ];

  async function bare(i) {
    const start = performance.now();
    await exec(media.binaries.ffprobe, bareProbe);
    const t0 = performance.now();
    await exec(media.binaries.ffmpeg, bareTranscode(i));
    const transcode = performance.now() - t0;
    await exec(media.binaries.ffmpeg, barePoster(i));
    return { total: performance.now() - start, transcode };
  }

  console.log(
    `\nbare transcode command:\nffmpeg ${bareTranscode('N')
      .map((a) => (/[\s,:+]/.test(a) ? `'${a}'` : a))
      .join(' ')}\n`,
  );
  /** The ladder as the worker will make it: probe, then every rung of the source's size in one encode. */
  async function ladder(i) {
    const start = performance.now();
    const probe = await media.probe(input);
    const rungs = ladderFor(probe.video.displayWidth, probe.video.displayHeight);
    const t0 = performance.now();
    await media.hlsLadder(input, path.join(dir, `ladder-${i}`), {
      rungs,
      audioChannels: probe.audio?.channels ?? null,
      durationSeconds: probe.durationSeconds,
    });
    const transcode = performance.now() - t0;
    return { total: performance.now() - start, transcode, rungs: rungs.map((r) => r.name) };
  }

  const results = { pipeline: [], bare: [], ladder: [] };
  for (let i = 0; i < RUNS; i++) {
    // rotate which goes first, so none always runs on a warmer (or hotter) machine
    const order = [
      ['pipeline', 'bare', 'ladder'],
      ['bare', 'ladder', 'pipeline'],
      ['ladder', 'pipeline', 'bare'],
    ][i % 3];
    for (const which of order) {
      const r = which === 'pipeline' ? await pipeline(i) : which === 'bare' ? await bare(i) : await ladder(i);
      results[which].push(r);
      console.log(`run ${i + 1} ${which.padEnd(8)} total ${secs(r.total)} s (transcode ${secs(r.transcode)} s)`);
    }
  }

  const p = median(results.pipeline.map((r) => r.total));
  const b = median(results.bare.map((r) => r.total));
  const pt = median(results.pipeline.map((r) => r.transcode));
  const bt = median(results.bare.map((r) => r.transcode));
  const lt = median(results.ladder.map((r) => r.transcode));
  const overhead = p / b;
  const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/) ?? [])[1] ?? 'unknown';
  const ffmpegVersion = (await exec(media.binaries.ffmpeg, ['-version'])).split('\n')[0];

  console.log(`
machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ${ffmpegVersion}
input: ${SECONDS} s 1920x1080 30 fps H.264 + AAC stereo -> ${size.width}x${size.height} web rendition + poster

| median of ${RUNS} | pipeline (toolkit) | bare ffmpeg | ratio |
| --- | --- | --- | --- |
| probe + transcode + poster | ${secs(p)} s | ${secs(b)} s | ${overhead.toFixed(3)} |
| transcode alone | ${secs(pt)} s | ${secs(bt)} s | ${(pt / bt).toFixed(3)} |

| median of ${RUNS} | HLS ladder (${results.ladder[0].rungs.join(', ')}) | single web rendition | ratio |
| --- | --- | --- | --- |
| encode | ${secs(lt)} s | ${secs(pt)} s | ${(lt / pt).toFixed(3)} |

overhead ratio ${overhead.toFixed(3)} (target <= ${TARGET_OVERHEAD.toFixed(2)}): ${overhead <= TARGET_OVERHEAD ? 'met' : 'MISSED'}
realtime factor ${(SECONDS / (p / 1000)).toFixed(2)}x (${SECONDS} s of video / pipeline wall time)`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
