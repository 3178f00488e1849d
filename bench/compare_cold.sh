#!/usr/bin/env bash
# Cold requests per second of two checkouts in one sitting, served in turns.
#
#   bench/compare_cold.sh BASE_DIR BASE_DB NEW_DIR NEW_DB [ROUNDS]
#
# Why: on a virtual machine the same row moves by up to a half between runs and machines, so "n times
# faster than the baseline" only means something when both are measured on the same machine, in
# turns. Each checkout needs its own database kept by its own `bench/serving_bench.py --keep-db NAME`
# (it generates the 18,000 pages, sets the sites' port and collects static files into var/bench-NAME)
# and compiled messages (`make messages`; a `git worktree` of an old commit has none). A worktree
# may share this checkout's .venv (`ln -s`) when the requirements match.
#
# For each round and checkout: gunicorn (the checkout's gunicorn.conf.py, cms.settings.production,
# page cache off), then wrk (2 threads, 16 connections, 2 s warm-up, DURATION s measured, default
# 10) on each endpoint of Cluster IT in German, including the legal notice: a page with no listing,
# what the header, menu and footer alone cost. Prints every measurement, then the median of the
# rounds and the ratio new/base per endpoint.
set -euo pipefail

if [ $# -lt 4 ]; then
    sed -n '2,4p' "$0"
    exit 2
fi
BASE_DIR=$(cd "$1" && pwd); BASE_DB=$2; NEW_DIR=$(cd "$3" && pwd); NEW_DB=$4; ROUNDS=${5:-3}
DURATION=${DURATION:-10}
PG=${BENCH_PG_SERVER:-postgres://postgres@127.0.0.1:5432}
HOST=clusterit.localhost
RESULTS=$(mktemp)
trap 'rm -f "$RESULTS"' EXIT
command -v wrk > /dev/null || { echo "wrk is missing: make wrk" >&2; exit 2; }

query() { psql "$PG/$1" -Atc "$2"; }

measure() {  # measure LABEL DIR DB ROUND
    local label=$1 dir=$2 db=$3 round=$4 port item log pid
    port=$(query "$db" "SELECT port FROM wagtailcore_site LIMIT 1")
    item=$(query "$db" "SELECT replace(p.url_path, '/clusterit/', '/de/') FROM wagtailcore_page p
        JOIN news_newspage n ON n.page_ptr_id = p.id
        WHERE p.url_path LIKE '/clusterit/%' AND p.live ORDER BY n.date DESC, p.id LIMIT 1")
    log=$(mktemp)
    (
        cd "$dir"
        DJANGO_SETTINGS_MODULE=cms.settings.production DATABASE_URL="$PG/$db" \
        SECRET_KEY=$(head -c 48 /dev/urandom | base64 | tr -d '/+=\n') SECURE_SSL_REDIRECT=0 \
        ALLOWED_HOSTS=acod.localhost,clusterit.localhost,logistik.localhost \
        WAGTAILADMIN_BASE_URL=https://acod.localhost VERBUND_SITE_PORT="$port" PORT="$port" \
        MEDIA_ROOT="$dir/var/bench-$db/media" STATIC_ROOT="$dir/var/bench-$db/static" SERVE_MEDIA=1 \
        LOG_LEVEL=ERROR PAGE_CACHE_ENABLED=0 GENERATION_CACHE_ENABLED=0 \
        exec .venv/bin/gunicorn cms.wsgi -c gunicorn.conf.py --access-logfile /dev/null
    ) > "$log" 2>&1 &
    pid=$!
    for _ in $(seq 120); do
        curl -sf -o /dev/null -H "Host: $HOST" "http://127.0.0.1:$port/de/" && break
        sleep 0.5
    done
    for endpoint in "home /de/" "news-index /de/aktuelles/" "news-item $item" \
        "event-index /de/veranstaltungen/" "calendar-feed /de/veranstaltungen/ical/" \
        "search /de/suche/?q=Logistik" "legal-notice /de/impressum/"; do
        set -- $endpoint
        local url="http://127.0.0.1:$port$2" status rps
        status=$(curl -s -o /dev/null -w '%{http_code}' -H "Host: $HOST" "$url")
        if [ "$status" != 200 ]; then
            echo "$label $1 answered $status (gunicorn's log: $log)" >&2
            kill "$pid"; exit 1
        fi
        wrk -t2 -c16 -d2s -H "Host: $HOST" "$url" > /dev/null
        rps=$(wrk -t2 -c16 -d"${DURATION}s" -H "Host: $HOST" "$url" | awk '/Requests\/sec/ {print $2}')
        echo "round $round $label $1 $rps" | tee -a "$RESULTS"
    done
    kill "$pid"; wait "$pid" 2> /dev/null || true
    rm -f "$log"
}

for round in $(seq "$ROUNDS"); do
    measure base "$BASE_DIR" "$BASE_DB" "$round"
    measure new "$NEW_DIR" "$NEW_DB" "$round"
done

echo
printf '%-14s %10s %10s %7s\n' endpoint "base req/s" "new req/s" "new/base"
for endpoint in home news-index news-item event-index calendar-feed search legal-notice; do
    base=$(awk -v e="$endpoint" '$3 == "base" && $4 == e {print $5}' "$RESULTS" | sort -n |
        awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
    new=$(awk -v e="$endpoint" '$3 == "new" && $4 == e {print $5}' "$RESULTS" | sort -n |
        awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
    awk -v e="$endpoint" -v b="$base" -v n="$new" 'BEGIN {printf "%-14s %10.1f %10.1f %6.2fx\n", e, b, n, n / b}'
done
