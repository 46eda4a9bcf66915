#!/usr/bin/env bash
# The feedback register and the inboxes (CF-03, CF-05) with 100,000 feedback items and their tasks
# on H2, under 20 concurrent users on loopback: p95 per request kind (target: 150 ms or less).
# Starts the WAR on a fresh data folder (H2 in AUTO_SERVER mode, so that this script may seed the
# same database), seeds through SQL and drives /api/feedback and /api/inbox with LoadTest.java.
# Usage: benchmarks/feedback-list/run.sh [items, default 100000] [requests per user, default 60]
#        [think time in ms, default 1000]
#        (after ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-100000}
per_user=${2:-60}
think=${3:-1000}
port=${QD_BENCH_PORT:-18284}
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

micro=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-6*.jar' | sort | tail -1)
h2=$(find ~/.m2/repository/com/h2database/h2/2.2.224 -name 'h2-2.2.224.jar' | head -1)
war=web-ui/target/quality-desk.war
[ -f "$war" ] || { echo "build first: ./mvnw -DskipTests package"; exit 1; }
# QD_BENCH_DB=postgresql measures on a fresh database of the local PostgreSQL (127.0.0.1:5432, trust)
# instead of the embedded H2
if [ "${QD_BENCH_DB:-h2}" = postgresql ]; then
  pg="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
  $pg -d postgres -c "DROP DATABASE IF EXISTS qd_bench_list" -c "CREATE DATABASE qd_bench_list"
  db="jdbc:postgresql://127.0.0.1:5432/qd_bench_list"
  export QD_DB_USER=postgres
  seed() { $pg -d qd_bench_list -v count="$count" -f benchmarks/feedback-list/seed-postgresql.sql \
             -c "SELECT COUNT(*) AS feedback FROM feedback" -c "SELECT COUNT(*) AS open_tasks FROM task WHERE done_at IS NULL"; }
else
  db="jdbc:h2:file:$work/data/db/quality-desk;MODE=LEGACY;CACHE_SIZE=65536;AUTO_SERVER=TRUE"
  seed() { java -cp "$h2" org.h2.tools.Shell -url "$db" -user qualitydesk -password qualitydesk -sql \
             "SET @COUNT = $count; SET @NOW = CURRENT_TIMESTAMP; RUNSCRIPT FROM 'benchmarks/feedback-list/seed-h2.sql'; SELECT COUNT(*) AS feedback FROM feedback; SELECT COUNT(*) AS open_tasks FROM task WHERE done_at IS NULL;"; }
fi

echo "== starting the app (schema, demo accounts and master data)"
QD_DATA_DIR="$work/data" QD_DB_URL="$db" QD_ADMIN_PASSWORD=bench-admin-secret QD_DEMO_DATA=true java -Xmx1g -jar "$micro" \
  --deploy "$war" --contextroot / --port "$port" --nocluster --interfaces 127.0.0.1 \
  --prebootcommandfile web-ui/src/main/payara/pre-boot-commands.asadmin > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  grep -q 'Quality Desk is ready' "$work/app.log" && break
  grep -q "Deployed 1 archive" "$work/app.log" && ! grep -q "Quality Desk is ready" "$work/app.log" && grep -q SEVERE "$work/app.log" && break
  sleep 0.5
done
grep -q 'Quality Desk is ready' "$work/app.log" || { tail -50 "$work/app.log"; exit 1; }

echo "== seeding $count feedback items with their tasks"
t0=$(date +%s%N)
seed
echo "seeded in $(( ($(date +%s%N) - t0) / 1000000 )) ms"

echo "== 20 users, $per_user requests each, $think ms think time on average"
java benchmarks/feedback-list/LoadTest.java "http://127.0.0.1:$port" demo-2026 20 "$per_user" "$think"
