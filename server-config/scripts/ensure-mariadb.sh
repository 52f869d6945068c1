#!/usr/bin/env bash
# The system tests need MariaDB at 127.0.0.1:3306 (root, no password, as on the
# development and CI machines). Starts the local server when it is installed but down.
set -euo pipefail
. "$(dirname "$0")/common.sh"

ping_db() { mariadb-admin --protocol=tcp -h 127.0.0.1 -P 3306 -u root ping >/dev/null 2>&1; }

ping_db && exit 0
if [ -x /usr/sbin/mariadbd ] && [ "$(id -u)" = 0 ]; then
  say "MariaDB is down: starting it"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do ping_db && exit 0; sleep 1; done
fi
die "MariaDB is not reachable at 127.0.0.1:3306 as root; start it (start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd)"
