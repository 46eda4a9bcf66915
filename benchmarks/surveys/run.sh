#!/usr/bin/env bash
# Survey dispatch and statistics benchmark (CS-04, CS-08), not a test. Target of issue 4: dispatch
# to 20,000 customers / 30,000 e-mail recipients, mails to a local SMTP server on loopback, in at
# most 60 s with a heap under 512 MB; the statistics of that campaign with 20,000 replies in at
# most 1 s.
# Starts the WAR with -Xmx512m on a fresh database (H2 in AUTO_SERVER mode so that this script may
# seed replies; QD_BENCH_DB=postgresql for a fresh database of the local PostgreSQL), an SMTP sink
# on loopback, imports the master data through the REST import as SALES, plans and dispatches a
# campaign from the campaign screen in headless Chromium (playwright-core from npm), seeds the
# replies by SQL and times the campaign page with its statistics.
# Usage: benchmarks/surveys/run.sh [customers, default 20000] [replies, default 20000]
#        QD_BENCH_JAVA_OPTS adds options to the app's JVM (e.g. a flight recording)
#        (after ./mvnw -DskipTests package; needs node, npm and /usr/bin/chromium)
set -euo pipefail
cd "$(dirname "$0")/../.."
customers=${1:-20000}
replies=${2:-20000}
port=${QD_BENCH_PORT:-18286}
smtp=${QD_BENCH_SMTP:-2526}
here=benchmarks/surveys
work=$(mktemp -d)
pid= sink= sampler=
cleanup() {
  for p in $sampler $sink $pid; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  cp "$work/app.log" /tmp/survey-benchmark-app.log 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

micro=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-6*.jar' | sort | tail -1)
h2=$(find ~/.m2/repository/com/h2database/h2/2.2.224 -name 'h2-2.2.224.jar' | head -1)
war=web-ui/target/quality-desk.war
[ -f "$war" ] || { echo "build first: ./mvnw -DskipTests package"; exit 1; }
[ -d "$here/node_modules/playwright-core" ] || npm install --prefix "$here" --no-save --silent playwright-core >/dev/null

if [ "${QD_BENCH_DB:-h2}" = postgresql ]; then
  pg="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
  $pg -d postgres -c "DROP DATABASE IF EXISTS qd_bench_survey" -c "CREATE DATABASE qd_bench_survey"
  db="jdbc:postgresql://127.0.0.1:5432/qd_bench_survey"
  export QD_DB_USER=postgres
  sql() { $pg -d qd_bench_survey -v replies="$replies" -f "$1"; }
  # the batch runtime's tables are created unquoted, in lower case, on PostgreSQL
else
  db="jdbc:h2:file:$work/data/db/quality-desk;MODE=LEGACY;CACHE_SIZE=65536;AUTO_SERVER=TRUE"
  sql() { sed "s/:replies/$replies/g" "$1" > "$work/seed.sql"
          java -cp "$h2" org.h2.tools.RunScript -url "$db" -user qualitydesk -password qualitydesk -script "$work/seed.sql" \
            -showResults | grep -- '^-->' || true; }
fi

java "$here/SmtpSink.java" "$smtp" > "$work/sink.log" 2>&1 &
sink=$!

echo "== starting the app with -Xmx512m (mail to the sink on 127.0.0.1:$smtp)"
QD_DATA_DIR="$work/data" QD_DB_URL="$db" QD_ADMIN_PASSWORD=bench-admin-secret QD_DEMO_DATA=true \
QD_MAIL_HOST=127.0.0.1 QD_MAIL_PORT="$smtp" QD_PUBLIC_URL="http://127.0.0.1:$port" \
  java -Xmx512m ${QD_BENCH_JAVA_OPTS:-} -jar "$micro" --deploy "$war" --contextroot / --port "$port" --nocluster --interfaces 127.0.0.1 \
  --prebootcommandfile web-ui/src/main/payara/pre-boot-commands.asadmin > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  grep -q 'Payara Micro .* ready in' "$work/app.log" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
grep -q 'Quality Desk is ready' "$work/app.log" || { tail -50 "$work/app.log"; exit 1; }

# used heap (young + old, KiB) every second; its maximum is reported at the end
jpid=$(jcmd | awk '/payara-micro/ {print $1; exit}')
( while kill -0 "$pid" 2>/dev/null; do
    jstat -gc "$jpid" 2>/dev/null | awk 'NR == 2 {print int($3 + $4 + $6 + $8)}'
    sleep 1
  done ) > "$work/heap.log" &
sampler=$!

echo "== master data: $customers customers with a running contract, about 1.5 per customer e-mail recipients"
python3 "$here/generate.py" "$customers" "$work"
for kind in customers contracts contacts; do
  t0=$(date +%s%N)
  curl -sS --fail-with-body -u sales:demo-2026 -H 'Content-Type: text/csv; charset=UTF-8' --data-binary @"$work/$kind.csv" \
    "http://127.0.0.1:$port/api/master-data/$kind" > "$work/import-$kind.json"
  echo "import $kind: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
done

echo "== dispatch from the campaign screen"
QD_URL="http://127.0.0.1:$port" NODE_PATH="$here/node_modules" node "$here/dispatch.js" "$work/campaign-url"
for _ in $(seq 1 30); do
  [ "$(tail -1 "$work/sink.log" | awk '{print $1}')" -ge "$(( customers + (customers + 1) / 2 ))" ] 2>/dev/null && break
  sleep 1
done
echo "SMTP sink received: $(grep -c . "$work/sink.log" >/dev/null; tail -1 "$work/sink.log")"
sql "$here/step-times.sql"

# a server that has shown the statistics before (it runs for weeks): the first opening measured
# below is then the first after the replies came in, not the first since the JVM started
echo "== campaign page with its statistics before the replies, to warm the server"
QD_URL="http://127.0.0.1:$port" NODE_PATH="$here/node_modules" node "$here/statistics.js" "$(cat "$work/campaign-url")" | tail -1

echo "== $replies submitted replies seeded by SQL"
sql "$here/seed-replies.sql"

echo "== campaign page with its statistics"
QD_URL="http://127.0.0.1:$port" NODE_PATH="$here/node_modules" node "$here/statistics.js" "$(cat "$work/campaign-url")"

echo "== heap"
echo "largest used heap sampled: $(( $(sort -n "$work/heap.log" | tail -1) / 1024 )) MiB (limit -Xmx512m)"
grep -c 'OutOfMemoryError' "$work/app.log" | sed 's/^/OutOfMemoryError lines in the log: /' || true
if [ -n "${QD_BENCH_KEEP:-}" ]; then
  echo "QD_BENCH_KEEP: the app stays up at http://127.0.0.1:$port/ ($db) until this script is stopped"
  wait "$pid"
fi
