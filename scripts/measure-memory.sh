#!/usr/bin/env bash
# Measures the memory of the three services and prints a Markdown table. It starts the local stack in a
# temporary data directory and reads each service JVM's resident set size once the film import is done. Then it
# runs the Postman collection once as a workload and reads the current and peak resident set size again.
#
# Usage: scripts/measure-memory.sh     (after ./mvnw -DskipTests package; needs npm for newman)
# The services run with the launcher's JVM flags, -Xmx384m -XX:+UseSerialGC, which match the heap that the
# Dockerfile's -XX:MaxRAMPercentage=75 gives in a 512 MB container.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/select-jdk.sh
minisuite_select_jdk

work="$(mktemp -d)"
export MINISUITE_DATA_DIR="$work/data"
export ADMIN_EMAIL="bench-admin@example.com"
ADMIN_PASSWORD="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
export ADMIN_PASSWORD

MINISUITE_SKIP_BUILD=true ./run-local.sh > "$work/launcher.log" 2>&1 &
launcher_pid=$!
trap 'kill -TERM "$launcher_pid" 2>/dev/null; wait "$launcher_pid" 2>/dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 300); do
    grep -q "MiniSuite is running." "$work/launcher.log" && break
    kill -0 "$launcher_pid" 2>/dev/null || { cat "$work/launcher.log"; exit 1; }
    sleep 1
done
grep -q "MiniSuite is running." "$work/launcher.log" || { echo "The stack did not start within 300 s." >&2; exit 1; }

service_pid() {
    pgrep -f -- "/$1/target/$1-[^/]*\.jar" | head -n 1
}
# Prints a /proc/PID/status field in kB; a service that is gone stops the script.
memory_kb() {
    if [[ -z "$1" || ! -r "/proc/$1/status" ]]; then
        echo "A service process is not running; see $work/launcher.log." >&2
        exit 1
    fi
    awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status"
}

declare -A after_start
for service in auth-service minifilm-service minipost-service; do
    after_start[$service]="$(memory_kb "$(service_pid "$service")" VmRSS)"
done

npm ci --prefix postman --no-audit --no-fund --loglevel=error > /dev/null
npx --prefix postman newman run postman/minisuite.postman_collection.json -e postman/local.postman_environment.json \
    --env-var "admin_email=$ADMIN_EMAIL" --env-var "admin_password=$ADMIN_PASSWORD" --reporters cli > "$work/newman.log" \
    || { cat "$work/newman.log"; exit 1; }

echo "| service | RSS after start (MB) | RSS after the Postman run (MB) | peak RSS (MB) |"
echo "| --- | --- | --- | --- |"
total_peak=0
for service in auth-service minifilm-service minipost-service; do
    pid="$(service_pid "$service")"
    now="$(memory_kb "$pid" VmRSS)"
    peak="$(memory_kb "$pid" VmHWM)"
    total_peak=$((total_peak + peak))
    echo "| $service | $((after_start[$service] / 1024)) | $((now / 1024)) | $((peak / 1024)) |"
done
echo "| all three | | | $((total_peak / 1024)) |"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB; JDK $(minisuite_java_major "$JAVA_HOME"); $(date -u +%Y-%m-%d)."
