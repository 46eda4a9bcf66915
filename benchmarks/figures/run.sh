#!/usr/bin/env bash
# The figures with five years of history (issue 14; CS-09, CS-10, CS-11, IM-04) on H2, the server
# at -Xmx512m: 60 months of the four departments' monthly sheets, 40 characteristics × 125
# subgroups × 5 values a month (1,500,000 values), 100,000 feedback items and 20 closed quarterly
# survey campaigns with their replies. Times, warm (median and slowest): the indicators of a month
# (API and page), every department's home page after the login form, the capability of one
# characteristic over a year, and the monthly PDFs (each department's sheet, the company's report);
# reports the heap after. Targets: indicators page and home pages ≤ 500 ms, capability ≤ 300 ms,
# monthly PDF ≤ 3 s, heap ≤ 512 MB.
# Usage: benchmarks/figures/run.sh   (after ./mvnw -DskipTests package)
#   QD_BENCH_REPLIES   replies per campaign (default 20000; each with 8 answers)
#   QD_BENCH_PORT      the loopback port (default 18294)
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${QD_BENCH_PORT:-18294}
replies=${QD_BENCH_REPLIES:-20000}
# a tenth more customers than replies: coverage is about 90 %, as the objective asks
customers=$(( replies + replies / 9 ))
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

micro=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-6*.jar' | sort | tail -1)
h2=$(find ~/.m2/repository/com/h2database/h2/2.2.224 -name 'h2-2.2.224.jar' | head -1)
war=web-ui/target/quality-desk.war
[ -f "$war" ] || { echo "build first: ./mvnw -DskipTests package"; exit 1; }
db="jdbc:h2:file:$work/data/db/quality-desk;MODE=LEGACY;CACHE_SIZE=65536;AUTO_SERVER=TRUE"
sql() { java -cp "$h2" org.h2.tools.Shell -url "$db" -user qualitydesk -password qualitydesk -sql "$1"; }
base="http://127.0.0.1:$port"

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

echo "== seeding 100,000 feedback items, 1,500,000 measured values and 60 months of sheets"
t0=$(date +%s%N)
sql "SET @COUNT = 100000; SET @NOW = CURRENT_TIMESTAMP; RUNSCRIPT FROM 'benchmarks/feedback-list/seed-h2.sql'; RUNSCRIPT FROM 'benchmarks/figures/seed-h2.sql'; RUNSCRIPT FROM 'benchmarks/figures/seed-sheets-h2.sql' CHARSET 'UTF-8'; SELECT COUNT(*) AS feedback FROM feedback; SELECT COUNT(*) AS measured_values FROM measurement; SELECT department, COUNT(*) AS sheets, MIN(month_start) AS since FROM monthly_sheet GROUP BY department ORDER BY department; SELECT COUNT(*) AS sheet_values FROM sheet_value;"
echo "seeded in $(( ($(date +%s%N) - t0) / 1000000 )) ms"

echo "== seeding 20 closed campaigns of $customers customers with $replies replies each (about $(( replies * 20 / 1000 ))k replies)"
t0=$(date +%s%N)
# a statement per campaign: H2 keeps a transaction's changes in the server's heap
campaigns="SET @NOW = CURRENT_TIMESTAMP; SET @CUSTOMERS = $customers; SET @REPLIES = $replies; RUNSCRIPT FROM 'benchmarks/figures/seed-surveys-h2.sql';"
for q in $(seq 1 20); do
  campaigns="$campaigns SET @Q = $q; RUNSCRIPT FROM 'benchmarks/figures/seed-campaign-h2.sql';"
done
sql "$campaigns SELECT COUNT(*) AS campaigns FROM survey_campaign; SELECT COUNT(*) AS replies FROM survey_reply; SELECT COUNT(*) AS answers FROM survey_answer;" \
  | grep -v '^(Update count'
echo "seeded in $(( ($(date +%s%N) - t0) / 1000000 )) ms"

last=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
# the month before last: every department's sheet is submitted by then
sheets_month=$(date -d "$(date +%Y-%m-01) -2 month" +%Y-%m)
year_from=$(date -d "$(date +%Y-%m-01) -12 month" +%Y-%m-%d)
year_to=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m-%d)
bench=$(sql "SELECT MIN(id) FROM characteristic WHERE workshop LIKE 'Bench workshop %'" | sed -n 2p | tr -d ' ')

echo "== timings over the API (gm, HTTP Basic, 3 to warm, then 15)"
java benchmarks/figures/Timing.java "$base" gm demo-2026 \
  "/api/figures/indicators?month=$last" \
  "/api/figures/characteristics/$bench/capability?from=$year_from&to=$year_to"

echo "== pages after the login form (3 to warm, then 15)"
java -Dlogin=form benchmarks/figures/Timing.java "$base" gm demo-2026 /figures/indicators.xhtml
for user in sales quality technical production finance office service gm; do
  java -Dlogin=form benchmarks/figures/Timing.java "$base" "$user" demo-2026 /index.xhtml
done
java -Dlogin=form benchmarks/figures/Timing.java "$base" admin bench-admin-secret /index.xhtml

echo "== monthly PDFs of $sheets_month (gm, HTTP Basic, 1 to warm, then 5)"
pdfs=()
for department in SALES QUALITY PRODUCTION FINANCE; do
  pdfs+=("/api/figures/sheets/$department/$sheets_month/document?language=zh_CN")
done
pdfs+=("/api/figures/reports/$sheets_month?language=zh_CN")
java -Dwarm=1 -Dtimed=5 -DskipMissing=true benchmarks/figures/Timing.java "$base" gm demo-2026 "${pdfs[@]}"

echo "== CS-10 analysis report and IM-03 management review pack"
# the latest bench campaign: its draft counts the eight quarters' replies once (their figures are
# kept from then on); the PDF is rendered from what the report keeps
campaign=$(sql "SELECT MAX(id) FROM survey_campaign WHERE name LIKE 'Bench %' AND status = 'CLOSED'" | sed -n 2p | tr -d ' ')
timed_call() { # label, method, path, user, password, output file
  curl -s -o "$6" -w "%{http_code} %{time_total}\n" -X "$2" -u "$4:$5" "$base$3" \
    | awk -v label="$1" '{ printf "%-58s HTTP %s  %6.0f ms\n", label, $1, $2 * 1000 }'
}
timed_call "draft the analysis report (8 quarters, counted once)" POST "/api/analysis/reports?campaign=$campaign" sales demo-2026 "$work/draft.json"
report=$(sed -n 's/.*"id":\([0-9]*\).*/\1/p' "$work/draft.json")
timed_call "draft the next quarter's report (figures kept)" POST "/api/analysis/reports?campaign=$(( campaign - 1 ))" sales demo-2026 "$work/draft2.json"
java -Dwarm=1 -Dtimed=5 -DskipMissing=true benchmarks/figures/Timing.java "$base" gm demo-2026 \
  "/api/analysis/reports/$report/document?language=zh_CN" "/api/analysis/reports/$report/document?language=en"
year=$(date +%Y)
sql "INSERT INTO management_review (version, review_year, state, submissions_due, created_at, created_by)
     SELECT 0, $year, 'PREPARING', CURRENT_DATE, CURRENT_TIMESTAMP, 'sales' FROM DUAL
     WHERE NOT EXISTS (SELECT 1 FROM management_review WHERE review_year = $year)" > /dev/null
for n in 1 2 3; do
  timed_call "assemble the review pack of $year (run $n)" POST "/api/reviews/$year/pack" sales demo-2026 "$work/pack.json"
done
java -Dwarm=1 -Dtimed=5 -DskipMissing=true benchmarks/figures/Timing.java "$base" gm demo-2026 \
  "/api/reviews/$year/pack/document?language=zh_CN" "/api/reviews/$year/pack/workbook?language=zh_CN"

echo "== heap after"
jcmd "$pid" GC.heap_info | sed -n 1,4p
