#!/usr/bin/env bash
# Builds the suite and starts auth-service, minifilm-service and minipost-service on this machine with an
# embedded, file-backed MongoDB-compatible store (or the MongoDB in MINISUITE_MONGODB_URI). Needs only a JDK 21+.
# Ctrl-C stops everything. Settings: see "Run it" in README.md.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/select-jdk.sh
minisuite_select_jdk

if [[ "${MINISUITE_SKIP_BUILD:-false}" != "true" ]]; then
    echo "Building the services (set MINISUITE_SKIP_BUILD=true to reuse the last build)..."
    ./mvnw -B -q -DskipTests package
fi

export MINISUITE_HOME="$PWD"
exec java -jar launcher/target/minisuite-launcher.jar
