#!/usr/bin/env node
// Checks docker-compose.yml without Docker (this machine and CI have no engine):
// - validates it, as Compose would see it with no .env (every ${VAR:-default} at its default), against the Compose
//   specification's JSON schema (scripts/compose-spec/, vendored from compose-go: see its README);
// - every image is pinned to a version (name:1.2... or a digest), never "latest" (not even as a default), and no
//   MinIO image (its community images are gone from Docker Hub);
// - images built here are tagged with the root package.json's version;
// - depends_on names services that exist; DATABASE_URL and S3_ENDPOINT point at services of the file;
// - the api's health check asks readiness (/api/health/ready), and so does any other app container's unless it is
//   turned off (the worker serves no HTTP); the Dockerfile's HEALTHCHECK asks readiness too, on a pinned Node image.
// Usage: node scripts/compose-check.mjs [docker-compose.yml [Dockerfile]]   (exit 1 listing the problems)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = path.join(root, 'scripts/compose-spec/compose-spec.json');
export const READINESS_PATH = '/api/health/ready';

/**
 * Compose's interpolation of one string with the given environment: $$, $VAR, ${VAR}, ${VAR:-default},
 * ${VAR-default}, ${VAR:+alt}, ${VAR+alt}, ${VAR:?message}, ${VAR?message}, nested in defaults too.
 * A required variable that is missing is reported through `problems`.
 */
export function interpolate(text, env, problems, where) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
    } else if (next === '{') {
      // find the matching brace, allowing nested ${...}
      let depth = 1;
      let j = i + 2;
      while (j < text.length && depth > 0) {
        if (text[j] === '$' && text[j + 1] === '{') {
          depth++;
          j += 2;
          continue;
        }
        if (text[j] === '}') depth--;
        j++;
      }
      if (depth !== 0) {
        problems.push(`${where}: unclosed "\${" in ${JSON.stringify(text)}`);
        return out + text.slice(i);
      }
      out += substitute(text.slice(i + 2, j - 1), env, problems, where);
      i = j;
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
      if (!m) {
        out += '$';
        i++;
        continue;
      }
      out += env[m[0]] ?? '';
      i += 1 + m[0].length;
    }
  }
  return out;
}

function substitute(expr, env, problems, where) {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([\s\S]*))?$/.exec(expr);
  if (!m) {
    problems.push(`${where}: "\${${expr}}" is not a variable reference Compose understands`);
    return '';
  }
  const [, name, op, arg = ''] = m;
  const value = env[name];
  const set = value !== undefined;
  const nonEmpty = set && value !== '';
  switch (op) {
    case undefined:
      return value ?? '';
    case ':-':
      return nonEmpty ? value : interpolate(arg, env, problems, where);
    case '-':
      return set ? value : interpolate(arg, env, problems, where);
    case ':+':
      return nonEmpty ? interpolate(arg, env, problems, where) : '';
    case '+':
      return set ? interpolate(arg, env, problems, where) : '';
    case ':?':
    case '?':
      if (op === ':?' ? nonEmpty : set) return value;
      problems.push(`${where}: required variable ${name} is not set (${arg || 'no message'})`);
      return '';
  }
  return '';
}

/** Every string in a parsed document, with its path, interpolated (values only, as Compose does). */
function interpolateAll(node, env, problems, where = '') {
  if (typeof node === 'string') return interpolate(node, env, problems, where || '(root)');
  if (Array.isArray(node)) return node.map((v, i) => interpolateAll(v, env, problems, `${where}[${i}]`));
  if (node && typeof node === 'object')
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, interpolateAll(v, env, problems, where ? `${where}.${k}` : k)]));
  return node;
}

function* strings(node, where = '') {
  if (typeof node === 'string') yield [where, node];
  else if (Array.isArray(node)) for (const [i, v] of node.entries()) yield* strings(v, `${where}[${i}]`);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) yield* strings(v, where ? `${where}.${k}` : k);
}

/** "registry:5000/owner/name:tag@sha256:…" → { name, tag, digest } */
export function parseImage(ref) {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : null;
  const rest = at >= 0 ? ref.slice(0, at) : ref;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  const tag = colon > slash ? rest.slice(colon + 1) : null;
  const name = colon > slash ? rest.slice(0, colon) : rest;
  return { name, tag, digest };
}

/** a version: at least major.minor (18.6-bookworm, 4.44, 24.22.3-bookworm-slim, v2.3.0), or a digest */
const VERSION_TAG = /^v?\d+\.\d+/;

function imageProblems(ref, where) {
  const problems = [];
  const { name, tag, digest } = parseImage(ref);
  if (!ref) return [`${where}: the image is empty`];
  if (/(^|\/)minio$|(^|\/)minio\//i.test(name) || /^minio\//i.test(name))
    problems.push(`${where}: ${ref} is a MinIO image, no longer published (use the S3 server docs/deployment.md names)`);
  if (tag === 'latest') problems.push(`${where}: ${ref} uses "latest": pin a version`);
  else if (!tag && !digest) problems.push(`${where}: ${ref} has no tag: pin a version`);
  else if (!digest && !VERSION_TAG.test(tag)) problems.push(`${where}: ${ref} is not pinned to a version (a tag such as 1.2 or 1.2.3-variant, or a digest)`);
  return problems;
}

function healthcheckText(hc) {
  if (!hc || hc.disable === true || hc.disable === 'true') return null;
  return Array.isArray(hc.test) ? hc.test.join(' ') : String(hc.test ?? '');
}

function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

let defaultValidator = null;
const compileSchema = (schema) => new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/**
 * The problems of a compose file (its text), with its Dockerfile's text when given. `env` stands for the
 * environment Compose interpolates with: empty by default, i.e. every default as written.
 */
export function checkCompose(composeText, { dockerfileText = null, packageVersion = null, env = {}, schema = null } = {}) {
  const problems = [];
  let raw;
  try {
    raw = parse(composeText, { merge: true, maxAliasCount: 1000 });
  } catch (err) {
    return [`the file is not valid YAML: ${err.message}`];
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return ['the file is not a YAML mapping'];

  // "latest" nowhere, not even as a default that some variable would replace
  for (const [where, s] of strings(raw)) if (/(^|[^\w.-])[\w./-]+:latest\b/.test(s)) problems.push(`${where}: "${s}" names a "latest" image: pin a version`);

  const doc = interpolateAll(raw, env, problems);
  const validate = schema ? compileSchema(schema) : (defaultValidator ??= compileSchema(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))));
  if (!validate(doc))
    for (const e of validate.errors ?? [])
      problems.push(`schema: ${e.instancePath || '(root)'} ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`);

  const services = doc.services && typeof doc.services === 'object' ? doc.services : {};
  const names = new Set(Object.keys(services));
  if (names.size === 0) problems.push('no services');
  const appServices = [];
  for (const [name, svc] of Object.entries(services)) {
    if (!svc || typeof svc !== 'object') continue;
    const where = `services.${name}.image`;
    if (typeof svc.image === 'string') {
      problems.push(...imageProblems(svc.image, where));
      if (svc.build && packageVersion && parseImage(svc.image).tag !== packageVersion)
        problems.push(`${where}: ${svc.image} is built here: tag it with the package version ${packageVersion}`);
    } else if (!svc.build) problems.push(`services.${name}: neither an image nor a build`);
    else problems.push(`${where}: a built image needs a name and version tag (otherwise Compose names it <project>-${name}:latest)`);
    if (svc.build) appServices.push(name);

    const deps = Array.isArray(svc.depends_on) ? svc.depends_on : Object.keys(svc.depends_on ?? {});
    for (const d of deps) if (!names.has(d)) problems.push(`services.${name}.depends_on: no service named ${d}`);

    const envMap = Array.isArray(svc.environment)
      ? Object.fromEntries(svc.environment.map((l) => [String(l).split('=')[0], String(l).split('=').slice(1).join('=')]))
      : (svc.environment ?? {});
    for (const key of ['DATABASE_URL', 'S3_ENDPOINT']) {
      const v = envMap[key];
      if (typeof v !== 'string' || v === '') continue;
      const host = hostOf(v);
      if (!host) problems.push(`services.${name}.environment.${key}: "${v}" is not a URL`);
      else if (!names.has(host)) problems.push(`services.${name}.environment.${key}: ${host} is not a service of this file`);
    }
  }

  // health: readiness for the API, and for any other app container whose check is on
  if (!names.has('api')) problems.push('no api service');
  else {
    const test = healthcheckText(services.api.healthcheck);
    if (test === null) problems.push(`services.api.healthcheck: missing or turned off: ask ${READINESS_PATH}`);
    else if (!test.includes(READINESS_PATH)) problems.push(`services.api.healthcheck: "${test}" does not ask readiness (${READINESS_PATH})`);
  }
  for (const name of appServices) {
    if (name === 'api') continue;
    const hc = services[name].healthcheck;
    const test = healthcheckText(hc);
    if (hc === undefined) problems.push(`services.${name}.healthcheck: state it (readiness, or disable: true for a container without HTTP)`);
    else if (test !== null && !test.includes(READINESS_PATH))
      problems.push(`services.${name}.healthcheck: "${test}" does not ask readiness (${READINESS_PATH})`);
  }

  if (dockerfileText !== null) problems.push(...checkDockerfile(dockerfileText));
  return problems;
}

/** The Dockerfile: base images pinned to a version, a HEALTHCHECK on readiness. */
export function checkDockerfile(text) {
  const problems = [];
  const lines = text.replace(/\\\n/g, ' ').split('\n');
  const args = {};
  for (const line of lines) {
    const arg = /^\s*ARG\s+([A-Za-z_][A-Za-z0-9_]*)=(\S+)/.exec(line);
    if (arg) args[arg[1]] = arg[2];
    const from = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/i.exec(line);
    if (from) {
      const ref = from[1].replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, n) => args[n] ?? '');
      const stage = /^[a-z][\w.-]*$/i.test(from[1]) && !from[1].includes(':') && !from[1].includes('/') ? from[1] : null;
      if (stage && lines.some((l) => new RegExp(`\\bAS\\s+${stage}\\b`, 'i').test(l))) continue; // FROM an earlier stage
      problems.push(...imageProblems(ref, `Dockerfile FROM ${from[1]}`));
    }
  }
  const hc = lines.find((l) => /^\s*HEALTHCHECK\s/i.test(l));
  if (!hc) problems.push('Dockerfile: no HEALTHCHECK');
  else if (!hc.includes(READINESS_PATH)) problems.push(`Dockerfile: the HEALTHCHECK does not ask readiness (${READINESS_PATH})`);
  return problems;
}

// run as a script
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const composeFile = path.resolve(process.argv[2] ?? path.join(root, 'docker-compose.yml'));
  const dockerfile = path.resolve(process.argv[3] ?? path.join(path.dirname(composeFile), 'Dockerfile'));
  let dockerfileText;
  try {
    dockerfileText = readFileSync(dockerfile, 'utf8');
  } catch {
    dockerfileText = null;
  }
  const packageVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  const problems = checkCompose(readFileSync(composeFile, 'utf8'), { dockerfileText, packageVersion });
  if (problems.length) {
    console.error(`${path.relative(process.cwd(), composeFile) || composeFile}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(
    `${path.relative(process.cwd(), composeFile) || composeFile}: valid against the Compose specification; images pinned; health checks on readiness`,
  );
}
