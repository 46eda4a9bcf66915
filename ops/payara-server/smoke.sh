#!/usr/bin/env bash
# Smoke test of the WAR on Payara Server 6, done the way IT deploys it: a fresh server, the
# application configured only through its QD_ environment variables, the batch and listener
# settings set with asadmin, `asadmin deploy` at context root /, a login through the login form
# and three administrator screens. Then undeploy and stop.
#
#   ops/payara-server/smoke.sh [path/to/quality-desk.war]
#
# Without a WAR argument the WAR is built first (offline Maven, no tests). H2 in a temporary data
# folder by default; PostgreSQL when QD_DB_URL is set by the caller (QD_DB_USER and QD_DB_PASSWORD
# with it, default user postgres). Everything talks to 127.0.0.1 only.
#
# Settings (environment): PAYARA_VERSION (6.2025.9), QD_SMOKE_CACHE (where the Payara zip is kept
# between runs, default ~/.cache/quality-desk), QD_SMOKE_KEEP=1 keeps the temporary folder.
set -euo pipefail

started=$SECONDS
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
payara_version="${PAYARA_VERSION:-6.2025.9}"
cache="${QD_SMOKE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/quality-desk}"
zip="$cache/payara-$payara_version.zip"

step() { printf '%-44s %s\n' "$1" "$2"; }

work=""
asadmin=""
admin_port=""
server_log=""
domain_started=0
deployed=0

# On any exit: undeploy and stop what was started, so that a failed run leaves no server behind
# holding ports or the database; on failure show the end of server.log, where the cause is.
cleanup() {
    local rc=$?
    trap - EXIT
    if [[ $deployed == 1 ]]; then
        "$asadmin" --port "$admin_port" undeploy quality-desk >/dev/null 2>&1 || true
    fi
    if [[ $domain_started == 1 ]]; then
        "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
    fi
    if [[ $rc != 0 ]]; then
        if [[ -n $server_log && -f $server_log ]]; then
            echo "---- last 80 lines of $server_log ----"
            tail -n 80 "$server_log"
            echo "----"
        fi
        echo "Payara Server smoke: FAILED (exit $rc) after $((SECONDS - started)) s"
    fi
    if [[ -n $work && ${QD_SMOKE_KEEP:-0} != 1 ]]; then
        rm -rf "$work"
    elif [[ -n $work ]]; then
        echo "kept $work"
    fi
    exit $rc
}
trap cleanup EXIT

fail() { step "$1" "FAILED: $2"; exit 1; }

# 1. The WAR. Built when none is given, so the smoke test runs the code of this work tree.
if [[ $# -ge 1 ]]; then
    war="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
    (cd "$root" && ./mvnw -B -o -q -DskipTests package)
    war="$root/web-ui/target/quality-desk.war"
fi
[[ -f $war ]] || fail "WAR" "$war not found"
step "WAR" "$war"

# 2. Payara Server from Maven Central, through Maven (the only repository IT's machines reach),
#    kept in the cache so that later runs neither download nor need the network.
if [[ ! -f $zip ]]; then
    mkdir -p "$cache"
    (cd "$root" && ./mvnw -B -q dependency:copy \
        -Dartifact="fish.payara.distributions:payara:$payara_version:zip" -DoutputDirectory="$cache")
fi
[[ -f $zip ]] || fail "Payara Server zip" "$zip not found"
step "Payara Server zip" "$zip"

work="$(mktemp -d "${TMPDIR:-/tmp}/qd-payara-smoke.XXXXXX")"
unzip -q "$zip" -d "$work"
payara="$work/payara6"
asadmin="$payara/bin/asadmin"
domain="$payara/glassfish/domains/domain1"
server_log="$domain/logs/server.log"
step "unzipped" "$payara"

# 3. Free loopback ports. domain1 listens on 4848/8080/8181 and a few more; another server on this
#    machine (or a second run) would collide, so all of them move to one free block of 100 ports.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
offsets=(37 38 39 48 66 76 80 81 86)
base=""
if port_free 4848 && port_free 8080 && port_free 8181; then
    # The defaults are free: keep them, the ports IT knows. The others are checked below anyway.
    base=default
fi
if [[ $base != default ]]; then
    for try in $(seq 0 40); do
        candidate=$((20000 + (RANDOM % 400) * 100))
        ok=1
        for o in "${offsets[@]}"; do port_free $((candidate + o)) || { ok=0; break; }; done
        if [[ $ok == 1 ]]; then base=$candidate; break; fi
    done
    [[ -n $base ]] || fail "ports" "no free block of ports found"
    # Only server-config's listeners carry literal port numbers; default-config's use variables.
    sed -i \
        -e "s/port=\"4848\"/port=\"$((base + 48))\"/" \
        -e "s/port=\"8080\"/port=\"$((base + 80))\"/" \
        -e "s/port=\"8181\"/port=\"$((base + 81))\"/" \
        -e "s/port=\"3700\"/port=\"$((base + 37))\"/" \
        -e "s/port=\"3820\"/port=\"$((base + 38))\"/" \
        -e "s/port=\"3920\"/port=\"$((base + 39))\"/" \
        -e "s/port=\"8686\"/port=\"$((base + 86))\"/" \
        -e "s/name=\"JMS_PROVIDER_PORT\" value=\"7676\"/name=\"JMS_PROVIDER_PORT\" value=\"$((base + 76))\"/" \
        -e "s/osgi.shell.telnet.port=6666/osgi.shell.telnet.port=$((base + 66))/" \
        -e "s/address=9009/address=$((base + 9))/" \
        "$domain/config/domain.xml"
    admin_port=$((base + 48))
    http_port=$((base + 80))
else
    admin_port=4848
    http_port=8080
fi
# The server's data grid (Hazelcast) would join any other Payara on the network with the default
# group name "development" (a Payara Micro of a test run, say): a group of its own, on loopback.
sed -i -e "s/<hazelcast-runtime-configuration /<hazelcast-runtime-configuration \
cluster-group-name=\"qd-smoke-$$\" interface=\"127.0.0.1\" /" "$domain/config/domain.xml"
base_url="http://127.0.0.1:$http_port"
step "ports" "admin $admin_port, http $http_port"

# 4. The application's configuration: only the documented environment variables, which the
#    server process inherits from asadmin start-domain. H2 in a fresh data folder unless the
#    caller named a PostgreSQL database.
export QD_DATA_DIR="$work/data"
export QD_ADMIN_PASSWORD="${QD_ADMIN_PASSWORD:-Smoke-$RANDOM-$RANDOM-Test}"
export QD_DEMO_DATA="${QD_DEMO_DATA:-false}"
export QD_PORT="$http_port" # only the port named in the "Quality Desk is ready" log line
mkdir -p "$QD_DATA_DIR"
if [[ -n ${QD_DB_URL:-} ]]; then
    [[ $QD_DB_URL == jdbc:postgresql://127.0.0.1:* ]] || fail "database" "QD_DB_URL must name 127.0.0.1"
    export QD_DB_USER="${QD_DB_USER:-postgres}"
    export QD_DB_PASSWORD="${QD_DB_PASSWORD:-postgres}"
    database="PostgreSQL $QD_DB_URL"
else
    unset QD_DB_USER QD_DB_PASSWORD
    database="H2 in $QD_DATA_DIR"
fi
step "database" "$database"

t=$SECONDS
domain_started=1 # before the start: a start that fails half-way may leave a server running
"$asadmin" start-domain domain1 >"$work/start-domain.txt" 2>&1 \
    || { cat "$work/start-domain.txt"; fail "start-domain" "asadmin start-domain failed"; }
step "start-domain" "ok ($((SECONDS - t)) s)"

# 5. The settings pre-boot-commands.asadmin gives Payara Micro, run with asadmin on the running
#    server before the deploy. Read from that file so both servers get the same; Payara Server
#    names its listeners' protocols http-listener-1 (http) and http-listener-2 (https), Micro
#    http-listener and https-listener.
t=$SECONDS
while read -r command; do
    command="${command/protocol.https-listener./protocol.http-listener-2.}"
    command="${command/protocol.http-listener./protocol.http-listener-1.}"
    # shellcheck disable=SC2086 # the command's words are asadmin's arguments
    "$asadmin" --port "$admin_port" $command >>"$work/set.txt" 2>&1 \
        || { cat "$work/set.txt"; fail "asadmin $command" "refused"; }
done < <(grep -E '^set ' "$root/web-ui/src/main/payara/pre-boot-commands.asadmin")
batch="$("$asadmin" --port "$admin_port" get 'configs.config.server-config.batch-runtime-configuration.*' || true)"
[[ $batch == *"data-source-lookup-name=java:global/jdbc/qualitydesk"* && $batch == *"table-prefix=jbatch"* ]] \
    || fail "batch setting" "got: $batch"
step "batch and listener settings" "ok ($((SECONDS - t)) s)"

# A listener changed on the running server is restarted by Payara, and its http listener then
# stays silent ("Error adding HttpProbes ... GrizzlyProxy is NULL" in server.log, the port
# answers nothing): restart the domain once, as pre-boot-commands.asadmin avoids on Micro.
t=$SECONDS
"$asadmin" restart-domain domain1 >"$work/restart-domain.txt" 2>&1 \
    || { cat "$work/restart-domain.txt"; fail "restart-domain" "asadmin restart-domain failed"; }
step "restart-domain" "ok ($((SECONDS - t)) s)"

t=$SECONDS
"$asadmin" --port "$admin_port" deploy --contextroot / --name quality-desk "$war" >"$work/deploy.txt" 2>&1 \
    || { cat "$work/deploy.txt"; fail "deploy" "asadmin deploy failed"; }
deployed=1
step "deploy" "ok ($((SECONDS - t)) s)"

# 6. Ready: the database answers and the screens are deployed.
t=$SECONDS
code=""
for _ in $(seq 1 120); do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base_url/health/ready" || true)"
    [[ $code == 200 ]] && break
    sleep 1
done
[[ $code == 200 ]] || fail "/health/ready" "answered $code"
step "/health/ready" "200 ($((SECONDS - t)) s)"

# 7. Log in through the login form as a browser does: the session cookie from the first GET, the
#    form's own field names and its jakarta.faces.ViewState, posted back with admin's password.
jar="$work/cookies.txt"
page="$(curl -s -c "$jar" -b "$jar" --max-time 30 "$base_url/login.xhtml")"
form_id="$(grep -o '<form id="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*id="//; s/"$//')"
[[ -n $form_id ]] || fail "login page" "no form on /login.xhtml"
names="$(grep -o "name=\"$form_id:[^\"]*\"" <<<"$page" | sed 's/^name="//; s/"$//' | sort -u)"
user_field="$(grep -m1 -i 'username' <<<"$names" || true)"
password_field="$(grep -m1 -i 'password' <<<"$names" || true)"
submit_field="$(grep -m1 -i 'submit' <<<"$names" || true)"
view_state="$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" \
    | head -n 1 | sed 's/.*value="//; s/"$//')"
[[ -n $user_field && -n $password_field && -n $submit_field && -n $view_state ]] \
    || fail "login page" "fields not found (form $form_id: $(tr '\n' ' ' <<<"$names"))"
answer="$(curl -s -L -c "$jar" -b "$jar" --max-time 60 -o - -w '\n%{http_code}' \
    --data-urlencode "$form_id=$form_id" \
    --data-urlencode "$user_field=admin" \
    --data-urlencode "$password_field=$QD_ADMIN_PASSWORD" \
    --data-urlencode "$submit_field=$submit_field" \
    --data-urlencode "jakarta.faces.ViewState=$view_state" \
    "$base_url/login.xhtml")"
[[ ${answer##*$'\n'} == 200 ]] || fail "login" "answered ${answer##*$'\n'}"
[[ $answer != *'id="loginForm"'* ]] || fail "login" "the login form came back: admin not logged in"
step "login as admin (form)" "ok"

# 8. Three of the administrator's screens: each 200 and none the login form (a lost session
#    answers the login form with 200).
for screen in /index.xhtml /admin/users.xhtml /admin/batch-jobs.xhtml; do
    answer="$(curl -s -c "$jar" -b "$jar" --max-time 60 -o - -w '\n%{http_code}' "$base_url$screen")"
    code="${answer##*$'\n'}"
    [[ $code == 200 ]] || fail "$screen" "answered $code"
    [[ $answer != *'id="loginForm"'* ]] || fail "$screen" "answered the login form"
    step "$screen" "200"
done

# 9. The batch job repository is in the application's database, in the "jbatch" tables the
#    application reads (JobHeartbeats): on PostgreSQL migration V3 created them and the batch
#    runtime, used by now (the batch jobs screen asks it), must have created no others beside them.
#    On H2 the runtime creates them; the file is the server's while it runs, so see it after stop.
batch_tables_sql="select lower(table_name) from information_schema.tables
    where lower(table_name) in ('jbatchjobinstancedata','jbatchexecutioninstancedata',
        'jobinstancedata','executioninstancedata') order by 1"
expected_tables="jbatchexecutioninstancedata jbatchjobinstancedata"
if [[ -n ${QD_DB_URL:-} ]] && command -v psql >/dev/null; then
    db_name="${QD_DB_URL##*/}"
    db_name="${db_name%%\?*}"
    port="${QD_DB_URL#jdbc:postgresql://127.0.0.1:}"
    port="${port%%/*}"
    tables="$(PGPASSWORD="$QD_DB_PASSWORD" psql -h 127.0.0.1 -p "$port" -U "$QD_DB_USER" -d "$db_name" \
        -Atc "$batch_tables_sql" | tr '\n' ' ')"
    [[ ${tables% } == "$expected_tables" ]] || fail "batch job repository" "tables in $db_name: $tables"
    step "batch job repository" "jbatch tables in $db_name"
fi

t=$SECONDS
"$asadmin" --port "$admin_port" undeploy quality-desk >"$work/undeploy.txt" 2>&1 \
    || { cat "$work/undeploy.txt"; fail "undeploy" "asadmin undeploy failed"; }
deployed=0
step "undeploy" "ok ($((SECONDS - t)) s)"

"$asadmin" stop-domain domain1 >"$work/stop-domain.txt" 2>&1 \
    || { cat "$work/stop-domain.txt"; fail "stop-domain" "asadmin stop-domain failed"; }
domain_started=0
step "stop-domain" "ok"

if [[ -z ${QD_DB_URL:-} ]]; then
    # The H2 engine the WAR carries opens the stopped application's database.
    unzip -q -o -j "$war" 'WEB-INF/lib/h2-*.jar' -d "$work/h2"
    tables="$(java -cp "$(ls "$work"/h2/h2-*.jar | head -n 1)" org.h2.tools.Shell \
        -url "jdbc:h2:file:$QD_DATA_DIR/db/quality-desk;MODE=LEGACY" -user qualitydesk -password qualitydesk \
        -sql "$batch_tables_sql" | grep -o '^[a-z]*instancedata' | tr '\n' ' ')"
    [[ ${tables% } == "$expected_tables" ]] || fail "batch job repository" "tables in H2: $tables"
    step "batch job repository" "jbatch tables in the H2 database"
fi

echo "Payara Server $payara_version, $database"
echo "Payara Server smoke: passed in $((SECONDS - started)) s"
