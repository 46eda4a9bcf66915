#!/usr/bin/env bash
# Two instances of the WAR on one PostgreSQL (issue 16): Payara Micro A and B clustered over
# loopback only, an SMTP sink, and two phases.
# load: people using both for a while, and one instance killed with SIGKILL and started again at
# a steady pace. Prints the failed requests (and whether the kill explains each), the mails
# received twice, the escalations told twice and the survey invitations given twice.
# dispatch: a survey campaign of a few thousand e-mail recipients dispatched on A, A killed with
# SIGKILL mid-way, the run finished on B (resumed by B itself, then, with automatic resumption
# switched off, restarted by an administrator from Administration -> Batch jobs), A started
# again. Prints the invitations and the mails per recipient.
# Exits 1 when anything was duplicated, a request failed that no kill explains, or a dispatch
# did not end with one invitation and at most one mail per recipient.
# Usage: ops/two-instances/run.sh [load|dispatch|all=all] [minutes=10] [people=20] [kill-every-seconds=120] [customers=6000]
#   (after ./mvnw -DskipTests package; PostgreSQL at 127.0.0.1:5432 with trust authentication;
#   "run.sh 10 20 120", without a phase, is the load phase alone)
set -euo pipefail
cd "$(dirname "$0")/../.."
phase=all
case "${1:-}" in
  load|dispatch|all) phase=$1; shift ;;
  "") ;;
  *[!0-9]*) echo "phase: load, dispatch or all"; exit 2 ;;
  *) phase=load ;;
esac
minutes=${1:-10}
people=${2:-20}
kill_every=${3:-120}
customers=${4:-6000}
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
  "jdbc:postgresql://127.0.0.1:5432/$db" "$work" "$phase" "$minutes" "$people" "$kill_every" "$customers"
