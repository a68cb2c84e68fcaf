#!/usr/bin/env bash
# Renders the edge proxy configuration for a host-installed nginx and prints
# the path of the main configuration file.
#
# Usage: deploy/nginx/render-local.sh RUN_DIR [PORT]
#   RUN_DIR  writable directory for the rendered files, pid, logs and temp
#            files, created if missing
#   PORT     port the proxy listens on (default 8080)
# The upstreams default to the services' own ports on 127.0.0.1. Override them
# with AUTH_UPSTREAM, FILMS_UPSTREAM and POSTS_UPSTREAM (host:port).
#
# Example:
#   conf=$(deploy/nginx/render-local.sh /tmp/minisuite-nginx 8080)
#   nginx -c "$conf"            # start
#   nginx -c "$conf" -s quit    # stop
# Without root, add -e RUN_DIR/error.log to both nginx commands, because nginx
# otherwise tries /var/log/nginx/error.log before it reads the configuration.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 || -z "$1" ]]; then
    echo "Usage: $0 RUN_DIR [PORT]" >&2
    exit 2
fi

port="${2:-8080}"
if ! [[ "$port" =~ ^[0-9]+$ ]] || (( port < 1 || port > 65535 )); then
    echo "Invalid PORT '$port': expected a number from 1 to 65535" >&2
    exit 2
fi

if ! command -v envsubst >/dev/null; then
    echo "envsubst not found: install it with 'apt-get install gettext-base'" >&2
    exit 1
fi

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$1"
run_dir="$(cd "$1" && pwd)"

export NGINX_RUN_DIR="$run_dir"
if [[ $EUID -eq 0 ]]; then
    export NGINX_WORKER_USER_DIRECTIVE='user root;'
else
    export NGINX_WORKER_USER_DIRECTIVE=''
fi
export EDGE_PORT="$port"
export AUTH_UPSTREAM="${AUTH_UPSTREAM:-127.0.0.1:8081}"
export FILMS_UPSTREAM="${FILMS_UPSTREAM:-127.0.0.1:8082}"
export POSTS_UPSTREAM="${POSTS_UPSTREAM:-127.0.0.1:8083}"

# Naming the variables keeps nginx's own variables such as $host unchanged.
# The single quotes are intended, because envsubst reads the names, not the shell.
# shellcheck disable=SC2016
envsubst '${EDGE_PORT} ${AUTH_UPSTREAM} ${FILMS_UPSTREAM} ${POSTS_UPSTREAM}' \
    < "$script_dir/templates/default.conf.template" > "$run_dir/default.conf"
# shellcheck disable=SC2016
envsubst '${NGINX_RUN_DIR} ${NGINX_WORKER_USER_DIRECTIVE}' \
    < "$script_dir/local-nginx.conf.template" > "$run_dir/nginx.conf"

echo "$run_dir/nginx.conf"
