#!/usr/bin/env bash
# Starts the domain (provisioned and configured first), deploys the EAR when it
# changed, and waits until the application reports healthy.
set -euo pipefail
. "$(dirname "$0")/common.sh"
here=$(dirname "$0")
"$here/provision.sh"
"$here/configure.sh"
if ! domain_running; then
  say "starting domain $NAVAA_DOMAIN"
  asadmin_local start-domain --domaindir "$PAYARA_HOME/glassfish/domains" "$NAVAA_DOMAIN" >/dev/null
fi
"$here/deploy.sh"
wait_healthy "${NAVAA_START_TIMEOUT:-180}"
