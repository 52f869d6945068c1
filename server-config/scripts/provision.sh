#!/usr/bin/env bash
# Unpacks the Payara Server distribution that the build copied from Maven Central
# into the project's runtime folder. Idempotent: a marker holds the zip's checksum.
set -euo pipefail
. "$(dirname "$0")/common.sh"

zip=$DIST_DIR/payara.zip
[ -f "$zip" ] || die "$zip is missing: build first (mvn -DskipTests package)"
sum=$(sha256sum "$zip" | cut -d' ' -f1)
marker=$PAYARA_HOME/.navaa-provisioned
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$sum" ]; then
  exit 0
fi
[ -d "$PAYARA_HOME" ] && [ -n "$(ls -A "$PAYARA_HOME/glassfish/domains" 2>/dev/null | grep -v '^domain1$' || true)" ] \
  && die "$PAYARA_HOME holds domains of another Payara build; stop them and remove $PAYARA_HOME to upgrade"
say "provisioning Payara Server into $PAYARA_HOME"
mkdir -p "$NAVAA_RUNTIME_DIR"
tmp=$(mktemp -d "$NAVAA_RUNTIME_DIR/.unpack.XXXXXX")
unzip -q "$zip" -d "$tmp"
rm -rf "$PAYARA_HOME"
mv "$tmp/payara6" "$PAYARA_HOME"
rm -rf "$tmp"
# the sample domain is never used; removing it keeps its ports free
rm -rf "$PAYARA_HOME/glassfish/domains/domain1"
echo "$sum" > "$marker"
