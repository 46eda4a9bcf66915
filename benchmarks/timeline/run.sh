#!/usr/bin/env bash
# The customer page (CC-01) of a customer with 5,000 timeline entries on H2: the server's answer to
# the page with its first page of the timeline, warm, median of 10 (target: 500 ms or less).
# Starts the WAR on a fresh data folder (H2 in AUTO_SERVER mode, so that this script may seed the
# same database), seeds by SQL and times the page and the timeline API with PageTimes.java.
# Usage: benchmarks/timeline/run.sh   (after ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${QD_BENCH_PORT:-18290}
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

micro=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-6*.jar' | sort | tail -1)
h2=$(find ~/.m2/repository/com/h2database/h2/2.2.224 -name 'h2-2.2.224.jar' | head -1)
war=web-ui/target/quality-desk.war
[ -f "$war" ] || { echo "build first: ./mvnw -DskipTests package"; exit 1; }
db="jdbc:h2:file:$work/data/db/quality-desk;MODE=LEGACY;AUTO_SERVER=TRUE"

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

echo "== seeding: C1001 with 5,000 entries, 20,000 of other customers"
t0=$(date +%s%N)
java -cp "$h2" org.h2.tools.Shell -url "$db" -user qualitydesk -password qualitydesk -sql \
  "SET @NOW = CURRENT_TIMESTAMP; RUNSCRIPT FROM 'benchmarks/timeline/seed-h2.sql';
   SELECT (SELECT COUNT(*) FROM delivery d JOIN customer c ON c.id = d.customer_id WHERE c.code = 'C1001')
        + (SELECT COUNT(*) FROM feedback f JOIN customer c ON c.id = f.customer_id WHERE c.code = 'C1001')
        + (SELECT COUNT(*) FROM customer_communication m JOIN customer c ON c.id = m.customer_id WHERE c.code = 'C1001')
        AS c1001_entries_without_surveys;"
echo "seeded in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
echo "== load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
java benchmarks/timeline/PageTimes.java "http://127.0.0.1:$port" demo-2026 C1001
echo "== load average after measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
