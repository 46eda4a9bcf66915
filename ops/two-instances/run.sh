#!/usr/bin/env bash
# Two instances of the WAR on one PostgreSQL (issue 16): Payara Micro A and B clustered over
# loopback only, an SMTP sink, people using both for a while, and one instance killed with SIGKILL
# and started again at a steady pace. Prints the failed requests (and whether the kill explains
# each), the mails received twice, the escalations told twice and the survey invitations given
# twice; exits 1 when anything was duplicated or a request failed that no kill explains.
# Usage: ops/two-instances/run.sh [minutes=10] [people=20] [kill-every-seconds=120]
#   (after ./mvnw -DskipTests package; PostgreSQL at 127.0.0.1:5432 with trust authentication)
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes=${1:-10}
people=${2:-20}
kill_every=${3:-120}
micro=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-6*.jar' | sort | tail -1)
driver=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-42*.jar' | sort | tail -1)
war=web-ui/target/quality-desk.war
[ -f "$war" ] || { echo "build first: ./mvnw -DskipTests package"; exit 1; }
work=$(mktemp -d)
db="qd_two_$(date +%s)"
psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE $db"
cleanup() {
  pkill -f "$work" 2>/dev/null || true
  sleep 2
  psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  echo "logs: $work"
}
trap cleanup EXIT
# the WAR is copied into the work folder so that a build meanwhile cannot change it under the run
cp "$war" "$work/quality-desk.war"
java -cp "$driver" ops/two-instances/TwoInstances.java "$micro" "$work/quality-desk.war" \
  "jdbc:postgresql://127.0.0.1:5432/$db" "$work" "$minutes" "$people" "$kill_every"
