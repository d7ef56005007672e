// node --test scripts/compose-check.test.mjs (part of npm test): the compose file and Dockerfile pass the check,
// and the check fails each way it is meant to, on copies of the real files.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkCompose, interpolate } from './compose-check.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = path.join(root, 'scripts/compose-check.mjs');
const compose = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;

const check = (text, dockerfileText = dockerfile) => checkCompose(text, { dockerfileText, packageVersion: version });
/** replaces exactly one occurrence, so that a test cannot pass because the file changed under it */
function replaceOnce(text, from, to) {
  assert.equal(text.split(from).length, 2, `expected exactly one ${JSON.stringify(from)} in the file`);
  return text.replace(from, to);
}
const imageOf = (service) => new RegExp(`^  ${service}:\\n(?:.*\\n)*?    image: (.*)$`, 'm').exec(compose)[1];

test('docker-compose.yml and the Dockerfile pass: schema, pinned images, readiness health checks', () => {
  assert.deepEqual(check(compose), []);
});

test('the command line fails on a copy that brings back minio/minio:latest, and passes on the real file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'compose-check-'));
  try {
    writeFileSync(path.join(dir, 'Dockerfile'), dockerfile);
    writeFileSync(path.join(dir, 'docker-compose.yml'), replaceOnce(compose, imageOf('seaweedfs'), 'minio/minio:latest'));
    let failure = null;
    try {
      execFileSync(process.execPath, [SCRIPT, path.join(dir, 'docker-compose.yml')], { stdio: 'pipe' });
    } catch (err) {
      failure = err;
    }
    assert.ok(failure, 'the check passed a compose file with minio/minio:latest');
    assert.equal(failure.status, 1);
    const stderr = failure.stderr.toString();
    assert.match(stderr, /services\.seaweedfs\.image: minio\/minio:latest is a MinIO image/);
    assert.match(stderr, /minio\/minio:latest uses "latest": pin a version/);
    assert.match(execFileSync(process.execPath, [SCRIPT], { cwd: root }).toString(), /valid against the Compose specification/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an image that is untagged, tagged latest (even as a default), or tagged without a version is refused', () => {
  const pg = imageOf('postgres');
  assert.deepEqual(
    check(replaceOnce(compose, pg, 'postgres')).filter((p) => p.startsWith('services.postgres.image')),
    ['services.postgres.image: postgres has no tag: pin a version'],
  );
  assert.match(check(replaceOnce(compose, pg, 'postgres:18-bookworm')).join('\n'), /postgres:18-bookworm is not pinned to a version/);
  assert.match(check(replaceOnce(compose, pg, '${POSTGRES_IMAGE:-postgres:latest}')).join('\n'), /names a "latest" image/);
  // a digest pins too
  assert.deepEqual(check(replaceOnce(compose, pg, 'postgres@sha256:' + 'a'.repeat(64))), []);
});

test('the built image must carry the package version, and a service needs an image or a build', () => {
  const problems = check(compose.replaceAll('${CLAPPER_IMAGE:-clapper:0.1.0}', '${CLAPPER_IMAGE:-clapper:9.9.9}'));
  assert.ok(
    problems.some((p) => p.includes(`tag it with the package version ${version}`)),
    problems.join('\n'),
  );
  const bare = check(compose.replace('\nservices:\n', '\nservices:\n  oops:\n    restart: "no"\n'));
  assert.ok(bare.includes('services.oops: neither an image nor a build'), bare.join('\n'));
});

test('schema violations are reported with their path', () => {
  const problems = check(replaceOnce(compose, '    ports:\n      - "${API_PORT:-3000}:3000"', '    ports: 3000'));
  assert.ok(problems.includes('schema: /services/api/ports must be array {"type":"array"}'), problems.join('\n'));
  const unknown = check(compose.replace('\nservices:\n', '\nservices:\n  oops:\n    image: busybox:1.37.0\n    restart_policy: always\n'));
  assert.ok(
    unknown.some((p) => p.startsWith('schema: /services/oops must NOT have additional properties')),
    unknown.join('\n'),
  );
});

test('depends_on and the app URLs must name services of the file', () => {
  const problems = check(replaceOnce(compose, 'http://seaweedfs:8333}', 'http://minio:9000}'));
  assert.ok(
    problems.some((p) => /S3_ENDPOINT: minio is not a service of this file/.test(p)),
    problems.join('\n'),
  );
});

test('health checks must ask readiness: the api, other app containers unless turned off, and the Dockerfile', () => {
  const live = check(replaceOnce(compose, "fetch('http://127.0.0.1:3000/api/health/ready'", "fetch('http://127.0.0.1:3000/api/health/live'"));
  assert.ok(
    live.some((p) => p.startsWith('services.api.healthcheck:') && p.includes('does not ask readiness')),
    live.join('\n'),
  );
  const workerOn = check(
    replaceOnce(compose, '    healthcheck:\n      disable: true\n    deploy:', '    healthcheck:\n      test: ["CMD", "true"]\n    deploy:'),
  );
  assert.ok(
    workerOn.some((p) => p.startsWith('services.worker.healthcheck:')),
    workerOn.join('\n'),
  );
  const oldDockerfile = check(compose, replaceOnce(dockerfile, "/api/health/ready'", "/api/health'"));
  assert.ok(oldDockerfile.includes('Dockerfile: the HEALTHCHECK does not ask readiness (/api/health/ready)'), oldDockerfile.join('\n'));
  const floating = check(compose, replaceOnce(dockerfile, 'node:24.22.3-bookworm-slim', 'node:24-bookworm-slim'));
  assert.ok(
    floating.some((p) => p.includes('node:24-bookworm-slim is not pinned to a version')),
    floating.join('\n'),
  );
});

test('interpolation follows Compose: defaults, nesting, $$ and required variables', () => {
  const problems = [];
  assert.equal(interpolate('${A:-${B:-x}}-$${A}-${C-}-${D:+y}', {}, problems, 'w'), 'x-${A}--');
  assert.equal(interpolate('${A:-d}', { A: '' }, problems, 'w'), 'd');
  assert.equal(interpolate('${A-d}', { A: '' }, problems, 'w'), '');
  assert.deepEqual(problems, []);
  interpolate('${SECRET:?set SECRET}', {}, problems, 'services.x.environment.S');
  assert.deepEqual(problems, ['services.x.environment.S: required variable SECRET is not set (set SECRET)']);
  assert.ok(
    check(compose.replace('${POSTGRES_PASSWORD:-clapper-local-only}   #', '${POSTGRES_PASSWORD:?set a password}   #')).includes(
      'services.postgres.environment.POSTGRES_PASSWORD: required variable POSTGRES_PASSWORD is not set (set a password)',
    ),
  );
});
