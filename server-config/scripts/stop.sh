#!/usr/bin/env bash
set -euo pipefail
. "$(dirname "$0")/common.sh"
[ -x "$PAYARA_HOME/bin/asadmin" ] || exit 0
if domain_running; then
  say "stopping domain $NAVAA_DOMAIN"
  asadmin_local stop-domain --domaindir "$PAYARA_HOME/glassfish/domains" "$NAVAA_DOMAIN" >/dev/null
fi
stop_leftovers
