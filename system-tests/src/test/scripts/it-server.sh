#!/usr/bin/env bash
# Starts (up) or stops (down) the integration-test domain: the same server-config
# scripts as ./navaa, on their own ports, against a fresh MariaDB database.
set -euo pipefail
scripts=$NAVAA_ROOT/server-config/scripts
. "$scripts/common.sh"

case "$1" in
  up)
    # every run starts from an empty database and data folder, so tests depend on nothing left behind
    # and the application connects as its own user, as the README tells an installation to
    mariadb -h 127.0.0.1 -u root <<SQL
DROP DATABASE IF EXISTS \`$NAVAA_IT_DATABASE\`;
CREATE DATABASE \`$NAVAA_IT_DATABASE\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$NAVAA_DB_USER'@'127.0.0.1' IDENTIFIED BY '$NAVAA_DB_PASSWORD';
CREATE USER IF NOT EXISTS '$NAVAA_DB_USER'@'localhost' IDENTIFIED BY '$NAVAA_DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$NAVAA_IT_DATABASE\`.* TO '$NAVAA_DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$NAVAA_IT_DATABASE\`.* TO '$NAVAA_DB_USER'@'localhost';
SQL
    "$scripts/stop.sh" 2>/dev/null || true
    rm -rf "$NAVAA_DATA_DIR"
    "$scripts/provision.sh"
    "$scripts/configure.sh"
    # the key pair is made in the (fresh) data folder; the domain reads it by path
    start_domain
    # an application left deployed by an interrupted run would start against the new database
    asadmin_remote undeploy navaa >/dev/null 2>&1 || true
    ;;
  down)
    "$scripts/stop.sh"
    ;;
  *)
    echo "usage: it-server.sh up|down" >&2
    exit 2
    ;;
esac
