#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests that run against a server campaign.
#
#   scripts/pg-test-server.sh start DIR   # initdb into DIR/data, listen on a Unix socket in DIR only
#   scripts/pg-test-server.sh stop DIR    # stop it and delete DIR
#
# The server listens on no TCP address at all (listen_addresses=''), only on the socket DIR/.s.PGSQL.5432,
# so nothing outside this machine (and nobody without access to DIR) can reach it. Authentication is "trust"
# on that socket: the tests connect as the roles `saylau init-server` creates (operator, analyst...) without a
# password, and the server still enforces each role's GRANTs. initdb refuses to run as root, so as root the
# server runs as the `postgres` system user (Debian's postgresql-15 creates it).
# The cluster is created with the C locale and UTF-8, as `saylau init-server` asks HQ to: text sorts byte by
# byte there, as in SQLite, so both engines give the same order and the same output.
# Exits non-zero saying why when the server cannot start: the tests that need it then fail, never skip.
set -euo pipefail

action="${1:?usage: pg-test-server.sh start|stop DIR}"
dir="${2:?usage: pg-test-server.sh start|stop DIR}"
bin="${SAYLAU_PG_BIN:-/usr/lib/postgresql/15/bin}"

fail() { echo "pg-test-server: $*" >&2; exit 1; }

[ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] \
    || fail "PostgreSQL 15's initdb and pg_ctl are not in $bin: install postgresql-15 (scripts/setup.sh does)"

# Runs a server program as the unprivileged owner of the cluster.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || fail "running as root and there is no 'postgres' user to run the server as"
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_server() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
}

# Removes DIR, and the folder in /tmp it links to when it is a link.
forget_folder() {
    if [ -L "$dir" ]; then rm -rf "$(readlink "$dir")"; fi
    rm -rf "$dir"
}

case "$action" in
start)
    # A server left by an interrupted run in the same folder is stopped and forgotten.
    stop_server
    forget_folder
    if [ "$(id -u)" -eq 0 ]; then
        # The postgres user must reach its folder, and a build folder may sit below one only its owner can
        # enter (a mktemp folder is 0700): the server lives in /tmp, and DIR is a link to it.
        real=$(mktemp -d /tmp/saylau-pg.XXXXXX)
        chown postgres: "$real"
        mkdir -p "$(dirname "$dir")"
        ln -s "$real" "$dir"
    else
        mkdir -p "$dir"
    fi
    dir=$(cd "$dir" && pwd -P)
    # The socket path must fit in sun_path (107 bytes).
    [ ${#dir} -le 90 ] || fail "$dir is too long for a Unix socket path; use a shorter build folder"
    as_owner "$bin/initdb" -D "$dir/data" --username=postgres --auth=trust --encoding=UTF8 --locale=C \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; fail "initdb into $dir/data failed"; }
    # fsync off: a throwaway server; what the tests check is what the server answers, not what survives a crash.
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c max_connections=60" \
        start >/dev/null; then
        cat "$dir/server.log" >&2 || true
        fail "the server in $dir/data did not start (its log is above)"
    fi
    echo "pg-test-server: running; connect with postgresql://postgres@/postgres?host=$dir"
    ;;
stop)
    stop_server
    forget_folder
    echo "pg-test-server: stopped"
    ;;
*)
    fail "unknown action $action (start or stop)"
    ;;
esac
