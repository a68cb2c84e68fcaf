# shellcheck shell=bash
# Sourced by run-local.sh and .ci/run: exports JAVA_HOME for a JDK 21 or newer and puts it first on PATH.
# Keeps JAVA_HOME when it already points at one; otherwise picks the newest JDK under /usr/lib/jvm,
# /usr/local/lib/jvm or /opt/java. Returns non-zero with a message when there is none.

minisuite_java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

minisuite_select_jdk() {
    local major
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]]; then
        major="$(minisuite_java_major "$JAVA_HOME")"
        if [[ "$major" =~ ^[0-9]+$ ]] && (( major >= 21 )); then
            export PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
    fi
    local best="" best_major=0 candidate
    for candidate in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/*; do
        [[ -x "$candidate/bin/javac" ]] || continue
        major="$(minisuite_java_major "$candidate")"
        if [[ "$major" =~ ^[0-9]+$ ]] && (( major >= 21 && major > best_major )); then
            best="$candidate"
            best_major="$major"
        fi
    done
    if [[ -z "$best" ]]; then
        echo "No JDK 21 or newer found; install one and set JAVA_HOME to it." >&2
        return 1
    fi
    export JAVA_HOME="$best"
    export PATH="$JAVA_HOME/bin:$PATH"
}
