#!/usr/bin/env bash
# End-to-end smoke test of the production shape (docker-compose.yml), for anyone with Docker:
#   scripts/compose-smoke.sh
# builds and starts the stack as its own Compose project ("clapper-smoke", its own volumes and ports 3080/8380, so
# a Clapper you already run is left alone), waits for readiness, creates an organiser, signs in a seeded student,
# uploads a generated 31-second video through the browser's path (draft entry -> start upload -> presigned part URLs
# -> PUT each part to S3 -> complete), waits until the video is ready, fetches its playback URL with a Range request
# (206 expected), and always ends with `docker compose down -v` for that project (on success and on failure).
#
# Needs: docker (with Compose v2), curl, and a JSON reader: node on this machine if there is one, otherwise the
# api container's. The video is made by ffmpeg on this machine if there is one, otherwise in the api container.
#
# Settings (environment):
#   SMOKE_PROJECT=clapper-smoke        Compose project name (its volumes are removed at the end)
#   SMOKE_API_PORT=3080 SMOKE_S3_PORT=8380   host ports of the api and of S3
#   SMOKE_KEEP=1                       leave the stack running at the end (no down)
#   SMOKE_TIMEOUT=300                  seconds to wait for readiness, and again for the video to be ready
#   SMOKE_SKIP_COMPOSE=1 (or --no-docker)   test a platform that is already running, started with SEED_DEMO=true:
#       no build, up, exec or down. Then set SMOKE_API_URL (default http://localhost:3000), and SMOKE_ADMIN_CREATE
#       to a command that runs apps/api/dist/cli/admin-create.js against it (the organiser step is skipped without).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SKIP_COMPOSE=${SMOKE_SKIP_COMPOSE:-0}
for arg in "$@"; do
  case $arg in
    --no-docker) SKIP_COMPOSE=1 ;;
    -h | --help)
      sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "Unknown argument: $arg (try --help)" >&2
      exit 2
      ;;
  esac
done

PROJECT=${SMOKE_PROJECT:-clapper-smoke}
TIMEOUT=${SMOKE_TIMEOUT:-300}
if [ "$SKIP_COMPOSE" = 1 ]; then
  API_URL=${SMOKE_API_URL:-http://localhost:3000}
else
  API_PORT=${SMOKE_API_PORT:-3080}
  S3_PORT=${SMOKE_S3_PORT:-8380}
  API_URL=${SMOKE_API_URL:-http://localhost:$API_PORT}
  # what the stack is started with (Compose reads them from this environment before any .env file)
  export API_PORT S3_PORT SEED_DEMO=true
  export PUBLIC_URL=$API_URL S3_PUBLIC_ENDPOINT=http://localhost:$S3_PORT
fi
ORIGIN=${SMOKE_ORIGIN:-$API_URL}
STUDENT_EMAIL=student@demo.clapper.local # apps/api/src/seed/demo-seed.ts
STUDENT_PASSWORD=demo-student-pass
COMPETITION_SLUG=asean-japan-2027
ORGANISER_EMAIL=smoke-organiser@example.org
ORGANISER_PASSWORD="smoke-$(date +%s)-$RANDOM-$RANDOM-passphrase"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/clapper-smoke.XXXXXX")
STARTED=0
STEP=0
step() {
  STEP=$((STEP + 1))
  printf '\n[%s] %d. %s\n' "$(date +%H:%M:%S)" "$STEP" "$*"
}
ok() { printf '     ok: %s\n' "$*"; }
fail() {
  printf '\nSMOKE TEST FAILED at step %d: %s\n' "$STEP" "$*" >&2
  exit 1
}
compose() { docker compose -p "$PROJECT" -f "$ROOT/docker-compose.yml" "$@"; }

cleanup() {
  local status=$?
  if [ "$STARTED" = 1 ]; then
    if [ "$status" != 0 ]; then
      echo "--- last log lines of the stack ---" >&2
      compose logs --no-color --tail 60 >&2 || true
    fi
    if [ "${SMOKE_KEEP:-0}" = 1 ]; then
      echo "SMOKE_KEEP=1: the stack is still running (docker compose -p $PROJECT down -v to remove it)."
    else
      step "docker compose down (project $PROJECT, with its volumes)"
      compose down -v --remove-orphans || true
    fi
  fi
  rm -rf "$WORK"
  if [ "$status" = 0 ]; then printf '\nSMOKE TEST PASSED\n'; fi
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || fail "$1 is needed on this machine"; }
need curl
if [ "$SKIP_COMPOSE" != 1 ]; then
  need docker
  docker compose version >/dev/null 2>&1 || fail "docker compose (Compose v2) is needed"
fi

# JSON: json EXPR < document prints EXPR (JavaScript over the parsed document `d`); a missing value is an error.
if command -v node >/dev/null 2>&1; then
  NODE=(node)
elif [ "$SKIP_COMPOSE" != 1 ]; then
  NODE=(compose exec -T api node)
else
  fail "node is needed on this machine to read JSON when the stack is not run by this script"
fi
json() {
  "${NODE[@]}" -e '
    let s = "";
    process.stdin.on("data", (c) => (s += c)).on("end", () => {
      const v = new Function("d", "return (" + process.argv[1] + ")")(JSON.parse(s));
      if (v === undefined || v === null) process.exit(3);
      process.stdout.write(typeof v === "string" ? v : JSON.stringify(v));
    });' "$1"
}

# api METHOD PATH [JSON] prints the body of a 2xx answer, and fails naming the call otherwise. Cookies live in $JAR.
JAR=$WORK/student.cookies
api() {
  local method=$1 path=$2 body=${3:-} code
  local args=(-sS -X "$method" -b "$JAR" -c "$JAR" -H "Origin: $ORIGIN" -H 'Accept: application/json' -o "$WORK/body" -w '%{http_code}')
  if [ -n "$body" ]; then args+=(-H 'Content-Type: application/json' --data-binary "$body"); fi
  code=$(curl "${args[@]}" "$API_URL$path") || fail "$method $path: no answer from $API_URL"
  case $code in
    2??) cat "$WORK/body" ;;
    *) fail "$method $path answered $code: $(head -c 600 "$WORK/body")" ;;
  esac
}

if [ "$SKIP_COMPOSE" != 1 ]; then
  step "docker compose up -d --build (project $PROJECT: api on $API_URL, S3 on $S3_PUBLIC_ENDPOINT)"
  STARTED=1
  compose up -d --build
fi

step "waiting for readiness: GET $API_URL/api/health/ready (up to ${TIMEOUT} s)"
deadline=$((SECONDS + TIMEOUT))
until curl -fsS -o "$WORK/ready" "$API_URL/api/health/ready" 2>/dev/null; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    [ "$STARTED" = 1 ] && compose ps >&2
    fail "not ready after ${TIMEOUT} s: $(curl -sS "$API_URL/api/health/ready" 2>&1 | head -c 300)"
  fi
  sleep 3
done
ok "$(cat "$WORK/ready")"

step "creating an organiser ($ORGANISER_EMAIL) with apps/api/dist/cli/admin-create.js"
organiser_created=1
if [ "$SKIP_COMPOSE" != 1 ]; then
  compose exec -T api node apps/api/dist/cli/admin-create.js --email "$ORGANISER_EMAIL" --password "$ORGANISER_PASSWORD" --name 'Smoke Test'
elif [ -n "${SMOKE_ADMIN_CREATE:-}" ]; then
  bash -c "$SMOKE_ADMIN_CREATE"' "$@"' smoke --email "$ORGANISER_EMAIL" --password "$ORGANISER_PASSWORD" --name 'Smoke Test'
else
  organiser_created=0
  echo "     skipped: SMOKE_SKIP_COMPOSE=1 and no SMOKE_ADMIN_CREATE"
fi
if [ "$organiser_created" = 1 ]; then
  JAR=$WORK/organiser.cookies
  roles=$(api POST /api/auth/sign-in "{\"email\":\"$ORGANISER_EMAIL\",\"password\":\"$ORGANISER_PASSWORD\"}" | json 'd.roles.map((r) => r.role).join(",")')
  case ",$roles," in
    *,organiser,*) ok "signed in as the organiser (roles: $roles)" ;;
    *) fail "the new organiser signed in without the organiser role (roles: $roles)" ;;
  esac
fi

step "signing in the seeded student ($STUDENT_EMAIL)"
JAR=$WORK/student.cookies
me=$(api POST /api/auth/sign-in "{\"email\":\"$STUDENT_EMAIL\",\"password\":\"$STUDENT_PASSWORD\"}")
ok "signed in as $(json 'd.email' <<<"$me") (roles: $(json 'd.roles.map((r) => r.role).join(",")' <<<"$me"))"

step "creating a draft entry in the demo competition ($COMPETITION_SLUG)"
competition=$(api GET "/api/competitions/$COMPETITION_SLUG")
competition_id=$(json 'd.id' <<<"$competition")
category_id=$(json 'd.categories.find((c) => c.minAge <= 15 && c.maxAge >= 15)?.id ?? d.categories[0].id' <<<"$competition")
entry=$(api POST /api/entries "{\"competitionId\":\"$competition_id\",\"categoryId\":\"$category_id\",\"title\":\"Compose smoke test\",\"videoLanguage\":\"th\"}")
entry_id=$(json 'd.id' <<<"$entry")
ok "entry $(json 'd.code' <<<"$entry") ($entry_id)"

step "making a 31-second test video (640x360 H.264 + AAC; the rules ask 30 s to 3 min)"
video=$WORK/smoke.mp4
ffmpeg_args=(-hide_banner -loglevel error -f lavfi -i "testsrc2=size=640x360:rate=25:duration=31" -f lavfi -i "sine=frequency=440:duration=31"
  -c:v libx264 -preset ultrafast -pix_fmt yuv420p -c:a aac -shortest -movflags +faststart -y)
if command -v ffmpeg >/dev/null 2>&1; then
  ffmpeg "${ffmpeg_args[@]}" "$video"
elif [ "$SKIP_COMPOSE" != 1 ]; then
  # shellcheck disable=SC2016 # $f and $@ are the container shell's
  compose exec -T api sh -c 'f=/tmp/clapper-smoke-$$.mp4 && ffmpeg "$@" "$f" && cat "$f" && rm -f "$f"' ffmpeg "${ffmpeg_args[@]}" >"$video"
else
  fail "ffmpeg is needed on this machine when the stack is not run by this script"
fi
size=$(wc -c <"$video" | tr -d ' ')
[ "$size" -gt 0 ] || fail "the test video is empty"
ok "$size bytes"

step "starting the upload: POST /api/entries/$entry_id/video/uploads"
started=$(api POST "/api/entries/$entry_id/video/uploads" "{\"fileName\":\"smoke.mp4\",\"sizeBytes\":$size,\"contentType\":\"video/mp4\"}")
asset_id=$(json 'd.assetId' <<<"$started")
part_size=$(json 'd.partSize' <<<"$started")
part_count=$(json 'd.partCount' <<<"$started")
ok "asset $asset_id: $part_count part(s) of $part_size bytes"

step "asking for presigned part URLs and PUTting each part to S3 as a browser on $ORIGIN would"
completed_parts=""
first=1
while [ "$first" -le "$part_count" ]; do
  last=$((first + 99 < part_count ? first + 99 : part_count)) # at most 100 part URLs per call
  urls=$(api POST "/api/entries/$entry_id/video/uploads/$asset_id/parts" "{\"partNumbers\":[$(seq -s, "$first" "$last")]}")
  for n in $(seq "$first" "$last"); do
    url=$(json "d.parts.find((p) => p.partNumber === $n).url" <<<"$urls")
    dd if="$video" of="$WORK/part" bs="$part_size" skip=$((n - 1)) count=1 status=none
    code=$(curl -sS -X PUT --upload-file "$WORK/part" -H "Origin: $ORIGIN" -H 'Expect:' -D "$WORK/part.headers" -o "$WORK/part.body" -w '%{http_code}' "$url") ||
      fail "PUT of part $n: no answer from S3 (${url%%\?*})"
    [ "$code" = 200 ] || fail "PUT of part $n answered $code: $(head -c 600 "$WORK/part.body")"
    etag=$(tr -d '\r' <"$WORK/part.headers" | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' | head -n 1)
    [ -n "$etag" ] || fail "S3 answered part $n without an ETag"
    # a browser can read the ETag only if S3's CORS exposes it to the platform's origin (set by s3-init)
    tr -d '\r' <"$WORK/part.headers" | grep -qi '^access-control-expose-headers:.*etag' ||
      fail "S3 does not expose ETag to $ORIGIN (bucket CORS): browsers could not finish an upload"
    completed_parts="$completed_parts${completed_parts:+,}{\"partNumber\":$n,\"etag\":\"${etag//\"/\\\"}\"}"
    ok "part $n: 200, ETag $etag, exposed to $ORIGIN"
  done
  first=$((last + 1))
done

step "completing the upload: POST .../uploads/$asset_id/complete"
status=$(api POST "/api/entries/$entry_id/video/uploads/$asset_id/complete" "{\"parts\":[$completed_parts]}" | json 'd.status')
ok "status $status"

step "waiting until the video is ready (up to ${TIMEOUT} s)"
deadline=$((SECONDS + TIMEOUT))
while :; do
  video_status=$(api GET "/api/entries/$entry_id/video")
  status=$(json 'd.status' <<<"$video_status")
  case $status in
    ready) break ;;
    rejected) fail "the video was rejected: $(json 'd.problems.map((p) => p.code + ": " + p.message).join("; ")' <<<"$video_status")" ;;
  esac
  [ "$SECONDS" -lt "$deadline" ] || fail "the video is still '$status' after ${TIMEOUT} s (is a worker running?)"
  sleep 3
done
ok "ready: $(json 'd.durationSeconds' <<<"$video_status") s, $(json 'd.width' <<<"$video_status")x$(json 'd.height' <<<"$video_status")"

step "fetching the playback URL with Range: bytes=0-1023"
playback=$(json 'd.playback.url' <<<"$video_status")
code=$(curl -sS -r 0-1023 -H "Origin: $ORIGIN" -D "$WORK/range.headers" -o "$WORK/range.body" -w '%{http_code}' "$playback") ||
  fail "no answer from S3 for the playback URL (${playback%%\?*})"
[ "$code" = 206 ] || fail "the Range request answered $code, not 206: $(head -c 300 "$WORK/range.body")"
got=$(wc -c <"$WORK/range.body" | tr -d ' ')
[ "$got" = 1024 ] || fail "the Range request returned $got bytes, not 1024"
ok "206, $(tr -d '\r' <"$WORK/range.headers" | grep -i '^content-range:' | head -n 1)"
