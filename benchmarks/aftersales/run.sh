#!/usr/bin/env bash
# Call-back benchmark (AS-05), not a test. Target of issue 13: importing 20,000 deliveries creates
# their 20,000 call-backs and CALL_BACK tasks in at most 30 s on H2 (2 cores, -Xmx512m).
# Starts the WAR with -Xmx512m on a fresh H2 database with the demo data (AUTO_SERVER, so that the
# script can count the rows afterwards), imports N deliveries of the demo customers and products
# through POST /api/master-data/deliveries as SALES (the ERP's push, one transaction), times that
# request, then counts the call-backs, their tasks and audit entries, and reads the total back
# through GET /api/after-sales/call-backs.
# Usage: benchmarks/aftersales/run.sh [deliveries, default 20000]
#        (after ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
deliveries=${1:-20000}
port=${QD_BENCH_PORT:-18296}
work=$(mktemp -d)
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  wait 2>/dev/null || true
  cp "$work/app.log" /tmp/aftersales-benchmark-app.log 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

micro=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-6*.jar' | sort | tail -1)
h2=$(find ~/.m2/repository/com/h2database/h2/2.2.224 -name 'h2-2.2.224.jar' | head -1)
war=${QD_BENCH_WAR:-web-ui/target/quality-desk.war}
[ -f "$war" ] || { echo "build first: ./mvnw -DskipTests package"; exit 1; }
db="jdbc:h2:file:$work/data/db/quality-desk;MODE=LEGACY;CACHE_SIZE=65536;AUTO_SERVER=TRUE"

echo "== starting the app with -Xmx512m on a fresh H2 database (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
QD_DATA_DIR="$work/data" QD_DB_URL="$db" QD_ADMIN_PASSWORD=bench-admin-secret QD_DEMO_DATA=true \
  java -Xmx512m ${QD_BENCH_JAVA_OPTS:-} -jar "$micro" --deploy "$war" --contextroot / --port "$port" --nocluster \
  --interfaces 127.0.0.1 --prebootcommandfile web-ui/src/main/payara/pre-boot-commands.asadmin > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  grep -q 'Payara Micro .* ready in' "$work/app.log" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
grep -q 'Quality Desk is ready' "$work/app.log" || { tail -50 "$work/app.log"; exit 1; }
# the listener may answer a moment after the ready line: wait until the health check does
for _ in $(seq 1 120); do
  curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" | grep -q 200 && break
  sleep 1
done

echo "== $deliveries deliveries of the demo customers and products, one lot each"
python3 - "$deliveries" "$work/deliveries.csv" <<'PY'
import datetime, sys
n, path = int(sys.argv[1]), sys.argv[2]
customers = ["C1001", "C1002", "C1003", "C1004", "C1005", "C1006"]
products = ["V-200", "S-310", "P-450", "B-120"]
today = datetime.date.today()
with open(path, "w", encoding="utf-8") as f:
    f.write("customer_code,product_code,lot_number,quantity,ship_date\n")
    for i in range(n):
        # ship dates over the last 200 days: many due dates, holidays and make-up days among them
        ship = today - datetime.timedelta(days=i % 200)
        f.write(f"{customers[i % 6]},{products[i % 4]},BENCH-{i:06d},{100 + i % 900},{ship.isoformat()}\n")
PY

count() {
  java -cp "$h2" org.h2.tools.Shell -url "$db" -user qualitydesk -password qualitydesk -sql "$1" | sed -n 2p | tr -d ' '
}
before=$(count "SELECT COUNT(*) FROM call_back")

echo "== POST /api/master-data/deliveries as SALES (the import and the call-backs in one transaction)"
t0=$(date +%s%N)
status=$(curl -sS -o "$work/import.json" -w '%{http_code}' -u sales:demo-2026 -H 'Content-Type: text/csv; charset=UTF-8' \
  --data-binary @"$work/deliveries.csv" "http://127.0.0.1:$port/api/master-data/deliveries")
t1=$(date +%s%N)
echo "   answer $status: $(head -c 300 "$work/import.json")"
[ "$status" = 200 ] || { grep -E 'SEVERE|WARNING' "$work/app.log" | tail -20; exit 1; }
seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", (b - a) / 1e9}')

callbacks=$(( $(count "SELECT COUNT(*) FROM call_back") - before ))
tasks=$(count "SELECT COUNT(*) FROM task t JOIN call_back c ON t.record_id = c.id JOIN delivery d ON d.id = c.delivery_id WHERE t.kind = 'CALL_BACK' AND d.lot_number LIKE 'BENCH-%'")
audited=$(count "SELECT COUNT(DISTINCT a.record_id) FROM audit_entry a JOIN call_back c ON a.record_id = c.id JOIN delivery d ON d.id = c.delivery_id WHERE a.record_type = 'CallBack' AND d.lot_number LIKE 'BENCH-%'")
api=$(curl -sS -u sales:demo-2026 "http://127.0.0.1:$port/api/after-sales/call-backs?size=1&customer=C10" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')

echo
echo "deliveries imported:        $deliveries in $seconds s (target: <= 30 s with their call-backs and tasks)"
echo "call-backs created:         $callbacks"
echo "CALL_BACK tasks of them:    $tasks"
echo "call-backs audited:         $audited"
echo "call-backs the API counts:  $api (with the demo's own)"
echo "of which call-backs:        $(grep -o 'AS-05: [0-9]* new deliveries.*ms' "$work/app.log" | tail -1)"
echo "load average after:         $(cut -d' ' -f1-3 /proc/loadavg)"
