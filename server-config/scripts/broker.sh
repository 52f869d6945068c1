# The embedded OpenMQ broker's accounts, access rules and destinations: sourced by
# configure.sh, never run. Every password is generated once into an owner-only file under
# $SECRETS_DIR (as asadmin's is) and the broker's own files are rendered from them, so a
# second run writes nothing new.
#
# Accounts (OpenMQ's file user repository, <domain>/imq/instances/imqbroker/etc/passwd):
#   admin        the broker administrator (imqcmd; Payara's jms-host admin)
#   navaa        the application itself: its connection factories and message-driven beans
#   integration  other systems: send to NavaaJobRequests, read NavaaJobEvents, nothing else
# The stock guest/guest and admin/admin accounts are gone.

BROKER_ETC=$DOMAIN_DIR/imq/instances/imqbroker/etc
# in imqcmd's -passfile format, so an administrator can use the file as it is
BROKER_ADMIN_PASSWORD_FILE=$SECRETS_DIR/broker-admin.password
BROKER_APP_PASSWORD_FILE=$SECRETS_DIR/broker-app.password
BROKER_INTEGRATION_PASSWORD_FILE=$SECRETS_DIR/broker-integration.password
# the key of the platform's signature on its own JMS messages (job requests, job events)
JMS_SIGNING_KEY_FILE=$NAVAA_DATA_DIR/keys/jms-signing.key
BROKER_REQUESTS=NavaaJobRequests
BROKER_EVENTS=NavaaJobEvents

random_secret() {
  head -c 24 /dev/urandom | base64 | tr -d '/+='
}

# Writes $1 as "$2<secret>": the given secret when there is one (a setting), else the one
# the file already holds, else a new one.
ensure_secret() {
  local file=$1 prefix=$2 given=${3:-} current=
  [ -s "$file" ] && current=$(sed -n "s/^$prefix//p" "$file" | head -n 1)
  local secret=${given:-${current:-$(random_secret)}}
  case $secret in *[[:cntrl:]]*) die "the secret for $file has a control character" ;; esac
  if [ "$secret" != "$current" ]; then
    (umask 077; printf '%s%s\n' "$prefix" "$secret" > "$file")
  fi
}

secret_of() {
  sed -n "s/^$2//p" "$1" | head -n 1
}

ensure_broker_secrets() {
  ensure_secret "$BROKER_ADMIN_PASSWORD_FILE" 'imq.imqcmd.password='
  ensure_secret "$BROKER_APP_PASSWORD_FILE" ''
  ensure_secret "$BROKER_INTEGRATION_PASSWORD_FILE" '' "${NAVAA_JMS_INTEGRATION_PASSWORD:-}"
  mkdir -p "$(dirname "$JMS_SIGNING_KEY_FILE")" && chmod 700 "$(dirname "$JMS_SIGNING_KEY_FILE")"
  if [ ! -s "$JMS_SIGNING_KEY_FILE" ]; then
    (umask 077; head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$JMS_SIGNING_KEY_FILE")
  fi
  BROKER_ADMIN_PASSWORD=$(secret_of "$BROKER_ADMIN_PASSWORD_FILE" 'imq.imqcmd.password=')
  BROKER_APP_PASSWORD=$(secret_of "$BROKER_APP_PASSWORD_FILE" '')
  BROKER_INTEGRATION_PASSWORD=$(secret_of "$BROKER_INTEGRATION_PASSWORD_FILE" '')
}

# OpenMQ's passwd file keeps MD5("user:password") as Java's BigInteger(digest).toString(16):
# signed, without leading zeros (admin/admin is -2d5455c8583c24eec82c7a1e273ea02e).
# Computed here so that no password is ever on a command line.
mq_password_hash() {
  local hex out= digit carry=1 i
  hex=$(printf '%s:%s' "$1" "$2" | md5sum | cut -c1-32)
  case ${hex:0:1} in
    [0-7]) out=$hex ;;
    *) # negative: minus the two's complement (every digit inverted, plus one)
       for ((i = 31; i >= 0; i--)); do
         digit=$((15 - 16#${hex:i:1} + carry))
         carry=$((digit >> 4))
         out=$(printf '%x' $((digit & 15)))$out
       done
       out=-$out ;;
  esac
  out=$(printf '%s' "$out" | sed -E 's/^(-?)0+/\1/')
  printf '%s' "${out:-0}"
}

render_broker_users() {
  printf 'admin:%s:admin:1\n' "$(mq_password_hash admin "$BROKER_ADMIN_PASSWORD")"
  printf 'navaa:%s:user:1\n' "$(mq_password_hash navaa "$BROKER_APP_PASSWORD")"
  printf 'integration:%s:user:1\n' "$(mq_password_hash integration "$BROKER_INTEGRATION_PASSWORD")"
}

# OpenMQ denies what no rule allows. The two destinations are made by the administrator
# (ensure_broker_destinations): OpenMQ asks for the right to create on every use of an
# auto-created destination, and that right covers any name, so only the application has it.
# Admins may connect, for imqcmd and asadmin jms-ping, but may neither send nor receive.
render_broker_access() {
  cat <<ACL
version=JMQFileAccessControlModel/100
connection.NORMAL.allow.user=navaa,integration
connection.NORMAL.allow.group=admin
connection.ADMIN.allow.group=admin
queue.$BROKER_REQUESTS.produce.allow.user=navaa,integration
queue.$BROKER_REQUESTS.consume.allow.user=navaa
queue.$BROKER_REQUESTS.browse.allow.user=navaa
queue.mq.sys.dmq.browse.allow.user=navaa
topic.$BROKER_EVENTS.produce.allow.user=navaa
topic.$BROKER_EVENTS.consume.allow.user=navaa,integration
queue.create.allow.user=navaa
topic.create.allow.user=navaa
ACL
}

# The broker reads both files when a client connects, so they need no restart.
write_broker_files() {
  mkdir -p "$BROKER_ETC" && chmod 700 "$DOMAIN_DIR/imq" "$DOMAIN_DIR/imq/instances" "$DOMAIN_DIR/imq/instances/imqbroker" "$BROKER_ETC"
  (umask 077; render_broker_users > "$BROKER_ETC/passwd.new"; render_broker_access > "$BROKER_ETC/accesscontrol.properties.new")
  local file
  for file in passwd accesscontrol.properties; do
    if cmp -s "$BROKER_ETC/$file.new" "$BROKER_ETC/$file"; then
      rm -f "$BROKER_ETC/$file.new"
    else
      mv "$BROKER_ETC/$file.new" "$BROKER_ETC/$file"
    fi
  done
}

# OpenMQ binds to one address or to every interface ("*").
broker_bind_host() {
  case $NAVAA_JMS_BIND_ADDRESS in 0.0.0.0|'*'|::|'[::]') printf '*' ;; *) printf '%s' "$NAVAA_JMS_BIND_ADDRESS" ;; esac
}

# Where this host's tools reach the broker.
broker_connect_host() {
  case $(broker_bind_host) in '*') printf '127.0.0.1' ;; *) printf '%s' "$NAVAA_JMS_BIND_ADDRESS" ;; esac
}

# asadmin lines for the broker and the application's account. The jms-host's properties are
# handed to the broker as its own (imq.*): imq.hostname binds the port mapper, the jms and
# admin services to the address; the broker's JMX connector is off (nothing uses it, and
# bound to one address Payara's own JMX client cannot load its socket factory).
render_broker_commands() {
  local host=configs.config.server-config.jms-service.jms-host.default_JMS_host
  local proxy_host; proxy_host=$(broker_bind_host); [ "$proxy_host" = '*' ] && proxy_host=0.0.0.0
  local pool
  cat <<CMDS
set $host.host=$proxy_host
set $host.port=$NAVAA_JMS_PORT
set $host.admin-user-name=admin
set $host.admin-password=$BROKER_ADMIN_PASSWORD
set "$host.property.imq\\.hostname=$(broker_bind_host)"
set "$host.property.imq\\.jmx\\.connector\\.activelist=none"
set-config-property --source=domain --propertyName=navaa.jms.signing-key --propertyValue=$JMS_SIGNING_KEY_FILE
CMDS
  # the connection factories' account; message-driven beans take it from the factory they name
  for pool in jms/navaa/ConnectionFactory-Connection-Pool jms/__defaultConnectionFactory-Connection-Pool; do
    printf 'set resources.connector-connection-pool.%s.property.UserName=navaa\n' "$pool"
    printf 'set resources.connector-connection-pool.%s.property.Password=%s\n' "$pool" "$BROKER_APP_PASSWORD"
  done
}

broker_admin() {
  "$PAYARA_HOME/mq/bin/imqcmd" -b "$(broker_connect_host):$NAVAA_JMS_PORT" -u admin \
    -passfile "$BROKER_ADMIN_PASSWORD_FILE" "$@" >> "$SECRETS_DIR/configure.log" 2>&1
}

# The two destinations, made by the administrator and kept in the broker's store. Needs the
# domain running: jms-ping starts the embedded broker. One that an earlier version let the
# application auto-create cannot be used by the integration account and is made again; a
# request queue that still holds requests is left until the application has taken them
# (returns 1, so configure.sh runs again at the next start).
ensure_broker_destinations() {
  asadmin_remote jms-ping >> "$SECRETS_DIR/configure.log" 2>&1 || die "the JMS broker did not answer; see $SECRETS_DIR/configure.log and $SERVER_LOG"
  local type name made ready=0
  for type in q t; do
    name=$BROKER_REQUESTS; [ "$type" = t ] && name=$BROKER_EVENTS
    made=$(broker_query query dst -t "$type" -n "$name" | awk '/^Created Administratively/ { print $3 }')
    case $made in
      true) continue ;;
      false)
        if [ "$type" = q ] && [ "$(broker_query query dst -t q -n "$name" | sed -n '/^Current Number of Messages/,/Actual/ s/^ *Actual *//p')" != 0 ]; then
          say "$name still holds job requests from before; it is made again at a later start, once they are taken"
          ready=1
          continue
        fi
        broker_admin destroy dst -t "$type" -n "$name" -f ;;
    esac
    broker_admin create dst -t "$type" -n "$name" || die "cannot create the JMS destination $name; see $SECRETS_DIR/configure.log"
  done
  return $ready
}

broker_query() {
  "$PAYARA_HOME/mq/bin/imqcmd" "$@" -b "$(broker_connect_host):$NAVAA_JMS_PORT" -u admin \
    -passfile "$BROKER_ADMIN_PASSWORD_FILE" 2>/dev/null || true
}
