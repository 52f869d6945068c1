# Shared settings for the server scripts: sourced, never run.
# Every value comes from a NAVAA_* variable with a default, so ./navaa and the
# integration tests drive the same scripts with different domains and ports.

NAVAA_ROOT=${NAVAA_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
NAVAA_RUNTIME_DIR=${NAVAA_RUNTIME_DIR:-$NAVAA_ROOT/runtime}
NAVAA_DATA_DIR=${NAVAA_DATA_DIR:-$NAVAA_RUNTIME_DIR/data}
NAVAA_DOMAIN=${NAVAA_DOMAIN:-navaa}
NAVAA_HEAP=${NAVAA_HEAP:-2g}
# Request threads. Payara's default is 5, and a thread is held for as long as an upload's
# body takes to arrive: five slow uploads would stall every other request, and the audio
# family's 10 concurrent uploads per user could never be reached.
NAVAA_HTTP_THREADS=${NAVAA_HTTP_THREADS:-64}
NAVAA_JWT_ISSUER=${NAVAA_JWT_ISSUER:-navaa}

if [ -n "${NAVAA_PORT_BASE:-}" ]; then
  NAVAA_HTTP_PORT=${NAVAA_HTTP_PORT:-$((NAVAA_PORT_BASE + 80))}
  NAVAA_ADMIN_PORT=${NAVAA_ADMIN_PORT:-$((NAVAA_PORT_BASE + 48))}
  NAVAA_JMS_PORT=${NAVAA_JMS_PORT:-$((NAVAA_PORT_BASE + 76))}
else
  NAVAA_HTTP_PORT=${NAVAA_HTTP_PORT:-8080}
  NAVAA_ADMIN_PORT=${NAVAA_ADMIN_PORT:-4848}
  NAVAA_JMS_PORT=${NAVAA_JMS_PORT:-7676}
fi
# Only the HTTP port listens on every interface; the broker (and every other port the
# domain opens) listens on the loopback unless an installation opens it.
NAVAA_HTTP_BIND_ADDRESS=${NAVAA_HTTP_BIND_ADDRESS:-0.0.0.0}
NAVAA_JMS_BIND_ADDRESS=${NAVAA_JMS_BIND_ADDRESS:-127.0.0.1}

PAYARA_HOME=$NAVAA_RUNTIME_DIR/payara6
DOMAIN_DIR=$PAYARA_HOME/glassfish/domains/$NAVAA_DOMAIN
# the domain's temporary files (java.io.tmpdir), apart from /tmp and from other domains
DOMAIN_TMP=$NAVAA_RUNTIME_DIR/tmp/$NAVAA_DOMAIN
SECRETS_DIR=$NAVAA_RUNTIME_DIR/secrets/$NAVAA_DOMAIN
ASADMIN_PASSWORD_FILE=$SECRETS_DIR/asadmin.password
DIST_DIR=$NAVAA_ROOT/server-config/target/dist
EAR_FILE=${NAVAA_EAR:-$NAVAA_ROOT/ear/target/navaa.ear}
SERVER_LOG=$DOMAIN_DIR/logs/server.log

say() { printf '[navaa] %s\n' "$*" >&2; }
die() { printf '[navaa] error: %s\n' "$*" >&2; exit 1; }

asadmin_local() {
  "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"
}

# Remote commands talk to this domain's admin port with its own password.
asadmin_remote() {
  "$PAYARA_HOME/bin/asadmin" --interactive=false --user admin \
    --passwordfile "$ASADMIN_PASSWORD_FILE" --port "$NAVAA_ADMIN_PORT" "$@"
}

domain_running() {
  asadmin_local list-domains --domaindir "$PAYARA_HOME/glassfish/domains" 2>/dev/null \
    | grep -q "^$NAVAA_DOMAIN running"
}

# This domain's server JVMs, found by the instance root on their command line.
domain_pids() {
  ps -eo pid=,args= | awk -v root="-Dcom.sun.aas.instanceRoot=$DOMAIN_DIR" \
    '{ for (i = 2; i <= NF; i++) if ($i == root) { print $1; break } }'
}

# A start that failed (a port taken, say) can leave its JVM alive after Payara says it is
# exiting, holding the ports it did bind while asadmin no longer sees a running domain; the
# next start would then fail on those ports. Such a leftover is stopped, and killed if it
# does not go.
stop_leftovers() {
  local pids; pids=$(domain_pids)
  [ -n "$pids" ] || return 0
  say "stopping what is left of domain $NAVAA_DOMAIN (process $(echo $pids))"
  # shellcheck disable=SC2086 # one or more process ids
  kill $pids 2>/dev/null || true
  for _ in $(seq 1 30); do [ -z "$(domain_pids)" ] && return 0; sleep 1; done
  # shellcheck disable=SC2046
  kill -9 $(domain_pids) 2>/dev/null || true
}

# Starts the domain; on failure nothing of it stays behind, and the log says why.
start_domain() {
  stop_leftovers
  asadmin_local start-domain --domaindir "$PAYARA_HOME/glassfish/domains" "$NAVAA_DOMAIN" >/dev/null && return 0
  stop_leftovers
  die "domain $NAVAA_DOMAIN did not start; see $SERVER_LOG"
}

http_url() { printf 'http://localhost:%s' "$NAVAA_HTTP_PORT"; }

# Waits until MicroProfile Health says UP (the application serves /health itself, its
# checks included; anonymous callers get the overall status only) and the application's
# API answers: an unauthenticated /api/auth/me is its own 401 (or its rate limiter's 429),
# not the server's 404.
wait_healthy() {
  local deadline=$((SECONDS + ${1:-180})) body
  while [ $SECONDS -lt $deadline ]; do
    body=$(curl -s -m 5 "$(http_url)/health/ready" || true)
    case "$body" in *'"status":"UP"'*|*'"status": "UP"'*)
      case "$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$(http_url)/api/auth/me")" in 401|429) return 0 ;; esac ;;
    esac
    sleep 1
  done
  say "not healthy after ${1:-180}s; last /health/ready answer: ${body:-none}"
  return 1
}
