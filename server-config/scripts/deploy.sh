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
say "deploying $EAR_FILE"
asadmin_remote deploy --force=true --name navaa "$EAR_FILE" >/dev/null \
  || die "deployment failed; see $SERVER_LOG"
echo "$sum" > "$stamp"
