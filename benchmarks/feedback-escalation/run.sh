#!/usr/bin/env bash
# The escalation job (CF-05, CF-08) over 100,000 open tasks on H2: starts the WAR on a fresh data
# folder (H2 in AUTO_SERVER mode, so that this script may write to the same database), seeds the
# tasks straight into the database and runs the job through /api/escalation-runs at a working
# moment, twice: the first run announces what is newly due, the second finds nothing new (the
# steady state of every quarter hour). A rerun after the tasks' state was lost is proven by
# EscalationIT through the application; resetting it here by SQL would bypass the application's
# entity cache and measure stale objects.
# Usage: benchmarks/feedback-escalation/run.sh [events per thousand, default 10] [tasks, default 100000]
#        (after ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
events=${1:-10}
count=${2:-100000}
port=${QD_BENCH_PORT:-18283}
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

micro=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-6*.jar' | sort | tail -1)
h2=$(find ~/.m2/repository/com/h2database/h2/2.2.224 -name 'h2-2.2.224.jar' | head -1)
war=web-ui/target/quality-desk.war
[ -f "$war" ] || { echo "build first: ./mvnw -DskipTests package"; exit 1; }
admin=bench-admin-secret
db="jdbc:h2:file:$work/data/db/quality-desk;MODE=LEGACY;CACHE_SIZE=65536;AUTO_SERVER=TRUE"
sql() { java -cp "$h2" org.h2.tools.Shell -url "$db" -user qualitydesk -password qualitydesk -sql "$1"; }

# a working Wednesday at 10:00 in Shanghai, next week (outside holidays of the default calendar)
at=$(python3 -c "
import datetime as d
t=d.date.today()+d.timedelta(days=7); t+=d.timedelta(days=(2-t.weekday())%7)
print(t.isoformat()+'T02:00:00Z')")

echo "== starting the app (schema, demo accounts)"
QD_DATA_DIR="$work/data" QD_DB_URL="$db" QD_ADMIN_PASSWORD=$admin QD_DEMO_DATA=true java -Xmx1g -jar "$micro" \
  --deploy "$war" --contextroot / --port "$port" --nocluster --interfaces 127.0.0.1 \
  --prebootcommandfile web-ui/src/main/payara/pre-boot-commands.asadmin > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  grep -q 'Quality Desk is ready' "$work/app.log" && break
  sleep 0.5
done
grep -q 'Quality Desk is ready' "$work/app.log" || { tail -50 "$work/app.log"; exit 1; }

echo "== seeding $count open tasks, $events per thousand newly due, judged at $at"
t0=$(date +%s%N)
sql "SET @AT = TIMESTAMP WITH TIME ZONE '${at/T/ }'; SET @EVENTS = $events; SET @COUNT = $count; RUNSCRIPT FROM 'benchmarks/feedback-escalation/seed-h2.sql'; SELECT COUNT(*) AS open_tasks FROM task WHERE done_at IS NULL;"
echo "seeded in $(( ($(date +%s%N) - t0) / 1000000 )) ms"

run() { # label -> prints the run
  local started exec status
  started=$(curl -s -u "admin:$admin" -X POST "http://127.0.0.1:$port/api/escalation-runs?at=$at")
  exec=$(echo "$started" | python3 -c 'import json,sys; print(json.load(sys.stdin)["execution"])')
  for _ in $(seq 1 3000); do
    status=$(curl -s -u "admin:$admin" "http://127.0.0.1:$port/api/escalation-runs/$exec")
    echo "$status" | grep -q '"endedAt":"' && break
    sleep 0.2
  done
  echo "$1: $status"
}
run "run 1 (announces what is newly due)"
run "run 2 (nothing new: the steady state)"
sql "SELECT COUNT(*) AS notifications FROM notification; SELECT COUNT(*) AS queued_mails FROM outgoing_mail; SELECT COUNT(*) AS warned FROM task WHERE warned_at IS NOT NULL; SELECT escalation_level, COUNT(*) FROM task GROUP BY escalation_level ORDER BY 1;"
