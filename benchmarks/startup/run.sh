#!/usr/bin/env bash
# Start-up time of the Quality Desk WAR against an empty WAR on the same Payara Micro, alternating,
# three starts each on a fresh H2 data folder; prints every run and the medians (from Payara's
# "ready in N ms"). Usage: benchmarks/startup/run.sh  (after ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'pkill -f "$work" || true; rm -rf "$work"' EXIT

micro=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)
war=web-ui/target/quality-desk.war
[ -f "$war" ] || { echo "build first: ./mvnw -DskipTests package"; exit 1; }

mkdir -p "$work/empty/WEB-INF"
echo '<html><body>empty</body></html>' > "$work/empty/index.html"
(cd "$work/empty" && jar cf "$work/empty.war" .)

start() { # label war port -> prints ms
  local label=$1 app=$2 port=$3 log="$work/$1-$RANDOM.log"
  QD_DATA_DIR="$work/data-$RANDOM" QD_ADMIN_PASSWORD=bench-secret java -jar "$micro" --deploy "$app" \
    --contextroot / --port "$port" --nocluster --interfaces 127.0.0.1 > "$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 240); do
    grep -q 'ready in' "$log" && break
    sleep 0.5
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  grep -o 'ready in [0-9,]* (ms)' "$log" | tr -dc '0-9'
}

median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }

app=(); empty=()
for i in 1 2 3; do
  e=$(start empty "$work/empty.war" 18180); empty+=("$e")
  a=$(start app "$war" 18181); app+=("$a")
  echo "run $i: empty WAR ${e} ms, Quality Desk ${a} ms"
done
echo "median: empty WAR $(median "${empty[@]}") ms, Quality Desk $(median "${app[@]}") ms"
