#!/bin/sh
# A throwaway PostgreSQL 15 for the tests labelled pg (ctest fixture "pg_server"): start DIR makes a new
# cluster in DIR, listening on a Unix socket in DIR and on 127.0.0.1 at a free port, with trust
# authentication for local connections only, and writes DIR/conninfo (libpq key=value, superuser
# "postgres"); stop DIR stops it and removes DIR. pause DIR stops it keeping its data, resume DIR starts it
# again on the same port with the same certificate (the fault tests restart a private server of their own
# this way). TLS is on, with a certificate for 127.0.0.1 and localhost
# signed by a throwaway CA (DIR/tls/ca.crt; DIR/tls/other-ca.crt is a CA that did not sign it), so that the
# tests connect with sslmode=require and verify-full. As root, the server runs as the postgres user, since
# PostgreSQL refuses to run as root. ANTRE_PG_FSYNC=on syncs commits (the benchmark's server, as a hall's does);
# the tests run without. Fails loudly: a pg test must never pass without a server.
set -eu
cmd=$1
dir=$2
bin=/usr/lib/postgresql/15/bin
if [ "$(id -u)" = 0 ]; then
    as="runuser -u postgres --"
else
    as=""
fi
case $cmd in
start)
    [ -x "$bin/initdb" ] || { echo "pg_server.sh: $bin/initdb missing; install postgresql-15 (./dev deps)" >&2; exit 1; }
    if [ -f "$dir/data/postmaster.pid" ]; then
        $as "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ -z "$as" ] || chown postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    $as "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    command -v openssl >/dev/null || { echo "pg_server.sh: openssl missing (./dev deps)" >&2; exit 1; }
    tls=$dir/tls
    mkdir -p "$tls"
    {
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Antre test CA" \
            -keyout "$tls/ca.key" -out "$tls/ca.crt"
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Another CA" \
            -keyout "$tls/other-ca.key" -out "$tls/other-ca.crt"
        openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$tls/server.key" -out "$tls/server.csr"
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >"$tls/san.ext"
        openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial \
            -days 2 -extfile "$tls/san.ext" -out "$tls/server.crt"
    } >"$dir/openssl.log" 2>&1 || { cat "$dir/openssl.log" >&2; exit 1; }
    chmod 600 "$tls/server.key"
    chmod 644 "$tls/ca.crt" "$tls/other-ca.crt"
    [ -z "$as" ] || chown -R postgres "$tls"
    $as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=${ANTRE_PG_FSYNC:-off} -c max_connections=200 -c ssl=on -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "host=$dir port=$port user=postgres" >"$dir/conninfo"
    echo "host=127.0.0.1 port=$port user=postgres" >"$dir/conninfo-tcp"
    chmod 644 "$dir/conninfo" "$dir/conninfo-tcp"
    echo "PostgreSQL test server on port $port, socket in $dir"
    ;;
pause)
    $as "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    port=$(cat "$dir/port")
    tls=$dir/tls
    $as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=200 -c ssl=on -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        $as "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg_server.sh start|stop|pause|resume DIR" >&2
    exit 2
    ;;
esac
