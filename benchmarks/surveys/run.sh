#!/bin/sh
# Survey dispatch benchmark (not a test). Needs a running application at $QD_URL started with
# QD_MAIL_HOST=127.0.0.1 QD_MAIL_PORT=$SMTP_PORT, node with playwright-core and /usr/bin/chromium.
#   benchmarks/surveys/run.sh [customers]
set -e
N=${1:-20000}
QD_URL=${QD_URL:-http://127.0.0.1:8181}
SMTP_PORT=${SMTP_PORT:-2526}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
python3 "$HERE/smtp_sink.py" "$SMTP_PORT" > "$WORK/sink.log" 2>&1 &
SINK=$!
trap 'kill $SINK' EXIT
python3 "$HERE/generate.py" "$N" "$WORK"
for kind in customers contracts contacts; do
  start=$(date +%s)
  curl -sf -u sales:${QD_PASSWORD:-demo-2026} -H 'Content-Type: text/csv' --data-binary @"$WORK/$kind.csv" \
    "$QD_URL/api/master-data/$kind" > /dev/null
  echo "import $kind: $(( $(date +%s) - start )) s"
done
QD_URL=$QD_URL node "$HERE/dispatch.js"
sleep 5
echo "SMTP sink: $(tail -1 "$WORK/sink.log")"
