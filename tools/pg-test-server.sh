#!/bin/sh
# pg-test-server.sh - a throw-away PostgreSQL server for the store tests.
#
#   sh tools/pg-test-server.sh start DIR   # prints the NEWSKG_TEST_PG value
#   sh tools/pg-test-server.sh stop DIR    # stops it and removes DIR
#
# Creates a cluster in DIR (a new or empty folder) with initdb, listening on
# 127.0.0.1 only, on a free port, with a random password for the role
# "newskg" and a database "newskg_test".  Durability is turned off (fsync,
# synchronous_commit): the data is thrown away.  As root the server runs as
# the unprivileged user "postgres" (Debian's package creates it), as anyone
# else as that user.  The value printed is what `--store postgresql:VALUE`
# takes: host=127.0.0.1,port=P,database=newskg_test,user=newskg,password=X
set -eu
if [ $# -ne 2 ]; then
	echo "usage: sh tools/pg-test-server.sh start|stop DIR" >&2
	exit 2
fi
cmd=$1
dir=$2
bin=
for d in /usr/lib/postgresql/*/bin; do
	[ -x "$d/initdb" ] && bin=$d
done
if [ -z "$bin" ]; then
	echo "pg-test-server: no PostgreSQL server (install the package postgresql)" >&2
	exit 1
fi
as_server() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $cmd in
start)
	mkdir -p "$dir"
	if [ -n "$(ls -A "$dir")" ]; then
		echo "pg-test-server: '$dir' is not empty" >&2
		exit 1
	fi
	[ "$(id -u)" -ne 0 ] || chown postgres "$dir"
	chmod 700 "$dir"
	pw=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
	printf '%s\n' "$pw" >"$dir/pw"
	[ "$(id -u)" -ne 0 ] || chown postgres "$dir/pw"
	as_server "$bin/initdb" -D "$dir/data" -U newskg --pwfile="$dir/pw" -A scram-sha-256 \
		-E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; exit 1; }
	# A free port: ask the kernel for one, then try the next few if taken.
	port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 54329)
	ok=0
	for try in 1 2 3 4 5; do
		if as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
			-o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
			start >/dev/null 2>&1; then
			ok=1
			break
		fi
		port=$((port + 1))
	done
	if [ "$ok" -ne 1 ]; then
		echo "pg-test-server: the server did not start:" >&2
		tail -n 20 "$dir/server.log" >&2
		exit 1
	fi
	echo "$port" >"$dir/port"
	PGPASSWORD=$pw "$bin/psql" -q -h 127.0.0.1 -p "$port" -U newskg -d postgres \
		-c "CREATE DATABASE newskg_test" \
		-c "ALTER ROLE newskg SET synchronous_commit = off" >/dev/null
	echo "host=127.0.0.1,port=$port,database=newskg_test,user=newskg,password=$pw"
	;;
stop)
	if [ -d "$dir/data" ]; then
		as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
	;;
*)
	echo "usage: sh tools/pg-test-server.sh start|stop DIR" >&2
	exit 2
	;;
esac
