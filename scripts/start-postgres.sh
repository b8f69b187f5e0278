#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on localhost for the tests marked `postgres`.
#
#   eval "$(scripts/start-postgres.sh)"      # sets NEWSINTEL_TEST_POSTGRES_URL
#   scripts/start-postgres.sh --stop DIR     # stops the server started in DIR
#
# Installs PostgreSQL from the Debian packages when it is missing (needs root and apt), then
# makes a new cluster in a temporary folder (trust authentication, no fsync: test data only),
# starts it on a free port, creates the database `newsintel_test`, and prints the export line
# on stdout. Everything else goes to stderr. As root, the server runs as the `postgres` user.
set -euo pipefail

log() { echo "start-postgres: $*" >&2; }

pg_bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$dir" ] && command -v pg_ctl >/dev/null 2>&1; then
        dir=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
    fi
    echo "$dir"
}

as_owner() {  # run a command as the user owning the cluster
    if [ "$(id -u)" = "0" ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

if [ "${1:-}" = "--stop" ]; then
    dir=${2:?usage: start-postgres.sh --stop DIR}
    as_owner "$(pg_bindir)/pg_ctl" -D "$dir/data" -m fast stop >&2
    exit 0
fi

BIN=$(pg_bindir)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
    if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
        log "PostgreSQL is not installed and cannot be installed here (needs root and apt-get)"
        exit 1
    fi
    log "installing PostgreSQL from the Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2
    apt-get install -y --no-install-recommends postgresql >&2
    BIN=$(pg_bindir)
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=${NEWSINTEL_PG_PORT:-55432}
while ! port_free "$PORT"; do PORT=$((PORT + 1)); done

DIR=$(mktemp -d "${TMPDIR:-/tmp}/newsintel-pg.XXXXXX")
if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$DIR" postgres
    chown postgres "$DIR"
fi
chmod 700 "$DIR"

log "initialising a cluster in $DIR"
as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --no-sync >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >&2 || { cat "$DIR/server.log" >&2; exit 1; }
as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres newsintel_test

URL="postgresql://postgres@127.0.0.1:$PORT/newsintel_test"
log "PostgreSQL is running on port $PORT (stop it with: scripts/start-postgres.sh --stop $DIR)"
echo "export NEWSINTEL_TEST_POSTGRES_URL=$URL"
echo "export NEWSINTEL_TEST_POSTGRES_DIR=$DIR"
