#!/usr/bin/env bash
# Deploys the EAR with asadmin, unless this very EAR is already deployed (--force: always).
set -euo pipefail
. "$(dirname "$0")/common.sh"
[ -f "$EAR_FILE" ] || die "$EAR_FILE is missing: build first"
stamp=$DOMAIN_DIR/config/.navaa-ear.sha256
sum=$(sha256sum "$EAR_FILE" | cut -d' ' -f1)
if [ "${1:-}" != "--force" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ] \
   && asadmin_remote list-applications 2>/dev/null | grep -q '^navaa '; then
  exit 0
fi

# Undeploy, clear what is left, deploy: a forced redeploy over an earlier EAR (or over one
# a crash left half loaded) can fail with the EJB jar's classes not found; separate steps
# do not (Payara issue #3882 reports the same, and this workaround).
deploy_afresh() {
  if asadmin_remote list-applications 2>/dev/null | grep -q '^navaa '; then
    asadmin_remote undeploy navaa >/dev/null || true
  fi
  rm -rf "$DOMAIN_DIR/applications/navaa" "$DOMAIN_DIR"/generated/*/navaa
  asadmin_remote deploy --name navaa "$EAR_FILE" >/dev/null
}
say "deploying $EAR_FILE"
deploy_afresh || { say "deployment failed; clearing it away and deploying once more"; deploy_afresh; } \
  || die "deployment failed; see $SERVER_LOG"
echo "$sum" > "$stamp"
