#!/usr/bin/env bash
# The quality objectives and process capability (CS-09, CS-11, IM-04) with five years of history
# on H2: 40 characteristics × 125 subgroups × 5 values a month for 60 months (1,500,000 values)
# and 100,000 feedback items, the server at -Xmx512m. Times, warm (median and slowest of 15):
# the indicators of a month (month, quarter and year of every objective: what the indicators page
# and the general manager's home page compute), the capability of one characteristic over a year,
# and reports the heap after. Targets (issue 14): indicators ≤ 500 ms, capability ≤ 300 ms, heap
# ≤ 512 MB.
# Usage: benchmarks/figures/run.sh   (after ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${QD_BENCH_PORT:-18294}
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

micro=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-6*.jar' | sort | tail -1)
h2=$(find ~/.m2/repository/com/h2database/h2/2.2.224 -name 'h2-2.2.224.jar' | head -1)
war=web-ui/target/quality-desk.war
[ -f "$war" ] || { echo "build first: ./mvnw -DskipTests package"; exit 1; }
db="jdbc:h2:file:$work/data/db/quality-desk;MODE=LEGACY;CACHE_SIZE=65536;AUTO_SERVER=TRUE"

echo "== starting the app (schema, demo accounts and master data), -Xmx512m"
QD_DATA_DIR="$work/data" QD_DB_URL="$db" QD_ADMIN_PASSWORD=bench-admin-secret QD_DEMO_DATA=true \
  java -Xmx512m -jar "$micro" \
  --deploy "$war" --contextroot / --port "$port" --nocluster --interfaces 127.0.0.1 \
  --prebootcommandfile web-ui/src/main/payara/pre-boot-commands.asadmin > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  grep -q 'Quality Desk is ready' "$work/app.log" && break
  sleep 0.5
done
grep -q 'Quality Desk is ready' "$work/app.log" || { tail -50 "$work/app.log"; exit 1; }

echo "== seeding 100,000 feedback items and 1,500,000 measured values"
t0=$(date +%s%N)
java -cp "$h2" org.h2.tools.Shell -url "$db" -user qualitydesk -password qualitydesk -sql \
  "SET @COUNT = 100000; SET @NOW = CURRENT_TIMESTAMP; RUNSCRIPT FROM 'benchmarks/feedback-list/seed-h2.sql'; RUNSCRIPT FROM 'benchmarks/figures/seed-h2.sql'; SELECT COUNT(*) AS feedback FROM feedback; SELECT COUNT(*) AS measured_values FROM measurement;"
echo "seeded in $(( ($(date +%s%N) - t0) / 1000000 )) ms"

last=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
year_from=$(date -d "$(date +%Y-%m-01) -12 month" +%Y-%m-%d)
year_to=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m-%d)
bench=$(java -cp "$h2" org.h2.tools.Shell -url "$db" -user qualitydesk -password qualitydesk -sql \
  "SELECT MIN(id) FROM characteristic WHERE workshop LIKE 'Bench workshop %'" | sed -n 2p | tr -d ' ')

echo "== timings (gm, warm)"
java benchmarks/figures/Timing.java "http://127.0.0.1:$port" gm demo-2026 \
  "/api/figures/indicators?month=$last" \
  "/api/figures/characteristics/$bench/capability?from=$year_from&to=$year_to"

echo "== heap after"
jcmd "$pid" GC.heap_info | sed -n 1,4p
