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
# An application that failed to load at the domain's start (after a crash, say) stays
# listed but broken: deploy it afresh once before giving up.
if ! wait_healthy 90; then
  say "the application did not become healthy; deploying it again"
  "$here/deploy.sh" --force
  wait_healthy "${NAVAA_START_TIMEOUT:-180}"
fi
