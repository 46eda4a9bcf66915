#!/usr/bin/env bash
# Start-up time of the Quality Desk WAR against an empty WAR on the same Payara Micro, alternating,
# three rounds. Each start is timed from the launch of the process to the first 200 of the page
# that says it is ready: /index.html for the empty WAR, /health/ready for Quality Desk (Payara's
# own "ready in" is printed beside it). A round starts, in turn:
#   empty      a WAR with one HTML page;
#   primefaces PrimeFaces alone, which the stack fixes: the floor of any screen of this product;
#   libraries  the libraries Quality Desk ships (PrimeFaces, POI, OpenPDF, Flyway, the two JDBC
#              drivers ...) without a class of its own: what the libraries alone cost;
#   first      Quality Desk on a fresh H2 data folder: every migration and the demo data;
#   restart    Quality Desk again on that folder: an installed application starting.
# Usage: benchmarks/startup/run.sh  (after ./mvnw -DskipTests package; run it alone on the machine)
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

# the libraries need CDI (PrimeFaces asks for it), hence the beans.xml
mkdir -p "$work/libraries/WEB-INF/lib" && (cd "$work/libraries" && unzip -q "$OLDPWD/$war" 'WEB-INF/lib/*')
rm -f "$work"/libraries/WEB-INF/lib/{domain,persistence,services,batch}-*.jar
echo '<html><body>libraries</body></html>' > "$work/libraries/index.html"
echo '<beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>' \
  > "$work/libraries/WEB-INF/beans.xml"
(cd "$work/libraries" && jar cf "$work/libraries.war" .)
mkdir -p "$work/primefaces/WEB-INF/lib"
cp "$work"/libraries/WEB-INF/lib/primefaces-*.jar "$work/primefaces/WEB-INF/lib/"
cp "$work/libraries/WEB-INF/beans.xml" "$work/primefaces/WEB-INF/"
echo '<html><body>primefaces</body></html>' > "$work/primefaces/index.html"
(cd "$work/primefaces" && jar cf "$work/primefaces.war" .)

start() { # war data-folder port path -> "<ms to 200> <Payara's ready in>"
  local app=$1 data=$2 port=$3 path=$4 log="$work/start-$RANDOM.log"
  local t0; t0=$(date +%s%N)
  QD_DATA_DIR="$data" QD_ADMIN_PASSWORD=bench-secret java -jar "$micro" --deploy "$app" \
    --contextroot / --port "$port" --nocluster --interfaces 127.0.0.1 > "$log" 2>&1 &
  local pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "the server died, see $log" >&2; exit 1; }
    sleep 0.05
  done
  local t1; t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $(grep -o 'ready in [0-9,]* (ms)' "$log" | tr -dc '0-9')"
}

median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }

empty=(); primefaces=(); libraries=(); first=(); restart=()
for i in 1 2 3; do
  read -r e ep < <(start "$work/empty.war" "$work/data-e$i" 18180 /index.html)
  read -r p pp < <(start "$work/primefaces.war" "$work/data-p$i" 18183 /index.html)
  read -r l lp < <(start "$work/libraries.war" "$work/data-l$i" 18182 /index.html)
  read -r f fp < <(start "$war" "$work/data-$i" 18181 /health/ready)
  read -r r rp < <(start "$war" "$work/data-$i" 18181 /health/ready)
  empty+=("$e"); primefaces+=("$p"); libraries+=("$l"); first+=("$f"); restart+=("$r")
  echo "round $i (ms to ready; Payara's ready in): empty $e ($ep), PrimeFaces alone $p ($pp), libraries $l ($lp)," \
    "Quality Desk first start $f ($fp), restart $r ($rp)"
done
me=$(median "${empty[@]}")
ratio() { awk -v a="$1" -v b="$me" 'BEGIN { printf "%.2f", a / b }'; }
echo "median: empty WAR $me ms; PrimeFaces alone $(median "${primefaces[@]}") ms ($(ratio "$(median "${primefaces[@]}")")×);" \
  "libraries alone $(median "${libraries[@]}") ms ($(ratio "$(median "${libraries[@]}")")×);" \
  "Quality Desk first start $(median "${first[@]}") ms ($(ratio "$(median "${first[@]}")")×)," \
  "restart $(median "${restart[@]}") ms ($(ratio "$(median "${restart[@]}")")×)"
