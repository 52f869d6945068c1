#!/usr/bin/env bash
# Starts the domain (provisioned and configured first), deploys the EAR when it
# changed, and waits until the application reports healthy.
set -euo pipefail
. "$(dirname "$0")/common.sh"
here=$(dirname "$0")
# The server inherits this: every file it writes (recordings, outputs, the H2 files) is
# its owner's only. An installation that an earlier version started with the default
# umask has its data folder tightened the same way (links are left alone: chmod would
# change what they point to).
umask 077
if [ -d "$NAVAA_DATA_DIR" ]; then
  find "$NAVAA_DATA_DIR" ! -type l -perm /077 -exec chmod go-rwx {} +
fi
"$here/provision.sh"
"$here/configure.sh"
if ! domain_running; then
  say "starting domain $NAVAA_DOMAIN"
  start_domain
fi
"$here/deploy.sh"
# An application that failed to load at the domain's start (after a crash, say) stays
# listed but broken: deploy it afresh once before giving up.
if ! wait_healthy 90; then
  say "the application did not become healthy; deploying it again"
  "$here/deploy.sh" --force
  wait_healthy "${NAVAA_START_TIMEOUT:-180}"
fi
