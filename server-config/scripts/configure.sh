#!/usr/bin/env bash
# Creates and configures this project's Payara domain: JDBC pool, JMS resources,
# JVM options, MicroProfile config, JWT keys, logging. Idempotent: the commands are
# "create if absent, then set", and a stamp of the rendered settings skips the whole
# step (and the restart it needs) when nothing changed since the last run.
set -euo pipefail
. "$(dirname "$0")/common.sh"
. "$(dirname "$0")/broker.sh"
# everything made here and by the server it starts is its owner's only: keys, secrets,
# the database files, recordings
umask 077
[ -x "$PAYARA_HOME/bin/asadmin" ] || die "Payara is not provisioned: run provision.sh first"

# Jobs run native code (ONNX Runtime, FFmpeg, TFLite) on the batch runtime's threads; with
# the JVM's default 1 MB stacks, speaker extraction overflowed a native stack and the whole
# server died with SIGSEGV. Stacks are reserved, not committed, so 8 MB costs no memory.
THREAD_STACK=8m

ensure_admin_password() {
  mkdir -p "$SECRETS_DIR" && chmod 700 "$SECRETS_DIR"
  if [ ! -s "$ASADMIN_PASSWORD_FILE" ]; then
    local pw=${NAVAA_ASADMIN_PASSWORD:-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')}
    (umask 077; printf 'AS_ADMIN_PASSWORD=%s\n' "$pw" > "$ASADMIN_PASSWORD_FILE")
  fi
}

create_domain() {
  [ -d "$DOMAIN_DIR" ] && return 0
  say "creating domain $NAVAA_DOMAIN"
  local ports=(--adminport "$NAVAA_ADMIN_PORT" --instanceport "$NAVAA_HTTP_PORT")
  [ -n "${NAVAA_PORT_BASE:-}" ] && ports=(--portbase "$NAVAA_PORT_BASE")
  asadmin_local --user admin --passwordfile "$ASADMIN_PASSWORD_FILE" create-domain \
    "${ports[@]}" --checkports=false "$NAVAA_DOMAIN" >/dev/null
}

install_libraries() {
  [ -d "$DIST_DIR/lib" ] || die "$DIST_DIR/lib is missing: build first"
  # what asadmin add-library does, but it works before the domain's first start; the
  # domain's lib folder gives one class loader for the server's life, which native code
  # (FFmpeg, ONNX Runtime, TFLite) needs: a second loader after a redeploy could not load it
  local lib=$DOMAIN_DIR/lib installed=$DOMAIN_DIR/lib/.navaa-libraries jar name
  if [ -f "$installed" ]; then
    # jars an earlier build installed and this one no longer has (an older version)
    while read -r name; do
      [ -f "$DIST_DIR/lib/$name" ] || rm -f "$lib/$name"
    done < "$installed"
  fi
  : > "$installed.new"
  for jar in "$DIST_DIR"/lib/*.jar; do
    name=$(basename "$jar")
    cmp -s "$jar" "$lib/$name" 2>/dev/null || cp "$jar" "$lib/"
    echo "$name" >> "$installed.new"
  done
  mv "$installed.new" "$installed"
}

ensure_jwt_keys() {
  local dir=$NAVAA_DATA_DIR/keys
  mkdir -p "$dir" && chmod 700 "$dir"
  if [ ! -s "$dir/jwt-private.pem" ]; then
    say "generating the RS256 signing key in $dir"
    (umask 077; openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/jwt-private.pem" 2>/dev/null)
    openssl pkey -in "$dir/jwt-private.pem" -pubout -out "$dir/jwt-public.pem"
  fi
}

# The database: MariaDB when NAVAA_DB_URL is set, else the embedded H2 file database.
database_settings() {
  if [ -n "${NAVAA_DB_URL:-}" ]; then
    DB_CLASS=org.mariadb.jdbc.MariaDbDataSource
    DB_URL=$NAVAA_DB_URL
    # without it Payara's batch runtime does not recognise MariaDB as MySQL
    case "$DB_URL" in *useMysqlMetadata=*) ;; *\?*) DB_URL="$DB_URL&useMysqlMetadata=true" ;; *) DB_URL="$DB_URL?useMysqlMetadata=true" ;; esac
    DB_USER=${NAVAA_DB_USER:-navaa}
    # "()" is how Payara spells an empty password (an empty value removes the property)
    DB_PASSWORD=${NAVAA_DB_PASSWORD:-()}
    DB_SCHEMA=$(printf '%s' "$NAVAA_DB_URL" | sed -E 's#^[^/]*//[^/]*/([^?;]*).*#\1#')
  else
    mkdir -p "$NAVAA_DATA_DIR/db"
    DB_CLASS=org.h2.jdbcx.JdbcDataSource
    # WRITE_DELAY=0 makes each commit durable before it returns, so a kill -9 cannot
    # lose a checkpoint that the batch runtime believes is stored.
    # Identifiers keep H2's upper case: the batch runtime creates its tables unquoted and
    # then looks them up by upper-case name, so a lower-casing mode makes it try to create
    # them again on the second start.
    DB_URL="jdbc:h2:file:$NAVAA_DATA_DIR/db/navaa;MODE=MariaDB;WRITE_DELAY=0"
    DB_USER=navaa
    DB_PASSWORD=navaa
    DB_SCHEMA=PUBLIC
  fi
}

# -Djakarta.json.provider: without it every Json.createObjectBuilder() (and every other
# jakarta.json.Json call) looks the provider up again through the ServiceLoader, which took
# a third of the time of a job-status request; named, the provider class is found once.
render_commands() {
  local pool=navaa-pool p=resources.jdbc-connection-pool.navaa-pool
  local listener=configs.config.server-config.network-config.network-listeners.network-listener
  local iiop=configs.config.server-config.iiop-service.iiop-listener
  cat <<CMDS
set $listener.http-listener-1.port=$NAVAA_HTTP_PORT
set $listener.http-listener-1.address=$NAVAA_HTTP_BIND_ADDRESS
set $listener.http-listener-2.enabled=false
set $listener.admin-listener.address=127.0.0.1
set $iiop.orb-listener-1.address=127.0.0.1
set $iiop.SSL.address=127.0.0.1
set $iiop.SSL_MUTUALAUTH.address=127.0.0.1
set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=$NAVAA_HTTP_THREADS
create-jdbc-connection-pool --restype javax.sql.XADataSource --datasourceclassname $DB_CLASS $pool
set $p.datasource-classname=$DB_CLASS
set $p.res-type=javax.sql.XADataSource
set $p.property.url=$DB_URL
set $p.property.user=$DB_USER
set $p.property.password=$DB_PASSWORD
set $p.steady-pool-size=2
set $p.max-pool-size=32
set $p.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation
set $p.connection-validation-method=custom-validation
set $p.is-connection-validation-required=true
set $p.fail-all-connections=true
create-jdbc-resource --connectionpoolid $pool jdbc/navaa
set-batch-runtime-configuration --datasourcelookupname jdbc/navaa --schemaname $DB_SCHEMA
create-jms-resource --restype jakarta.jms.ConnectionFactory jms/navaa/ConnectionFactory
create-jms-resource --restype jakarta.jms.Queue --property Name=NavaaJobRequests jms/navaa/JobRequests
create-jms-resource --restype jakarta.jms.Topic --property Name=NavaaJobEvents jms/navaa/JobEvents
set-config-property --source=domain --propertyName=navaa.data.dir --propertyValue=$NAVAA_DATA_DIR
set-config-property --source=domain --propertyName=navaa.jwt.private-key --propertyValue=$NAVAA_DATA_DIR/keys/jwt-private.pem
set-config-property --source=domain --propertyName=mp.jwt.verify.publickey.location --propertyValue=file://$NAVAA_DATA_DIR/keys/jwt-public.pem
set-config-property --source=domain --propertyName=mp.jwt.verify.issuer --propertyValue=$NAVAA_JWT_ISSUER
set-hazelcast-configuration --enabled=false --dynamic=false
set-microprofile-healthcheck-configuration --enabled=false
set configs.config.server-config.transaction-service.automatic-recovery=true
set configs.config.server-config.admin-service.jmx-connector.system.address=127.0.0.1
set-log-levels navaa=INFO
set-log-attributes com.sun.enterprise.server.logging.GFFileHandler.rotationLimitInBytes=20000000
set-log-attributes com.sun.enterprise.server.logging.GFFileHandler.maxHistoryFiles=10
delete-jvm-options -Xmx512m
create-jvm-options -Xmx$NAVAA_HEAP
create-jvm-options -Xss$THREAD_STACK
create-jvm-options -Dfile.encoding=UTF-8
create-jvm-options -Dorg.bytedeco.javacpp.cachedir=$NAVAA_RUNTIME_DIR/javacpp-cache
create-jvm-options -Dai.djl.offline=true
create-jvm-options -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl
create-jvm-options -DENGINE_CACHE_DIR=$NAVAA_RUNTIME_DIR/djl-cache
create-jvm-options -Dde.kherud.llama.tmpdir=$NAVAA_RUNTIME_DIR/llama-cache
create-jvm-options -Djava.io.tmpdir=$DOMAIN_TMP
CMDS
  render_broker_commands
}

ensure_admin_password
ensure_broker_secrets
create_domain
write_broker_files
install_libraries
# llama.cpp's loader unpacks its native library there, and does not make the folder itself
mkdir -p "$NAVAA_RUNTIME_DIR/llama-cache"
# The domain's own temporary folder, only its owner's: in the shared /tmp a deployment's
# upload was /tmp/navaa.ear, readable by everyone and overwritten by any other domain
# deploying at the same time
(umask 077; mkdir -p "$DOMAIN_TMP")
ensure_jwt_keys
database_settings

commands=$SECRETS_DIR/configure.asadmin
(umask 077; render_commands > "$commands.new")
stamp=$DOMAIN_DIR/config/.navaa-config.sha256
want=$(cat "$commands.new" "$0" "$(dirname "$0")/broker.sh" "$DIST_DIR"/lib/*.jar | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  rm -f "$commands.new"
  exit 0
fi
mv "$commands.new" "$commands"

domain_running || start_domain
say "configuring domain $NAVAA_DOMAIN"
# A heap or cache folder set by an earlier run must go before the new one is added.
for old in $(asadmin_remote list-jvm-options | grep -E '^(-Xmx|-Xss|-Dorg.bytedeco.javacpp.cachedir=|-DENGINE_CACHE_DIR=|-Dde.kherud.llama.tmpdir=|-Djava.io.tmpdir=)' \
    | grep -vx -e "-Xmx$NAVAA_HEAP" -e "-Xss$THREAD_STACK" -e "-Dorg.bytedeco.javacpp.cachedir=$NAVAA_RUNTIME_DIR/javacpp-cache" \
               -e "-DENGINE_CACHE_DIR=$NAVAA_RUNTIME_DIR/djl-cache" -e "-Dde.kherud.llama.tmpdir=$NAVAA_RUNTIME_DIR/llama-cache" \
               -e "-Djava.io.tmpdir=$DOMAIN_TMP" || true); do
  asadmin_remote delete-jvm-options -- "$old" >/dev/null
done
# multimode runs every line in one JVM and goes on past the "already exists" refusals
# of the create commands; the set commands that follow them always apply.
asadmin_remote multimode --file "$commands" > "$SECRETS_DIR/configure.log" 2>&1 || true
# any refusal other than "already exists" is a real configuration error
unexpected=$(awk '/^Command .* (executed successfully|failed)\.$/ { if ($0 ~ /failed\.$/ && $0 !~ /^Command multimode/ && block !~ /already exists/) print block $0; block=""; next }
                  { block = block $0 "\n" }' "$SECRETS_DIR/configure.log")
[ -z "$unexpected" ] || die "configuring the domain failed:
$(printf '%b' "$unexpected")"
# and check what must hold, whatever the log says
asadmin_remote list-jdbc-resources | grep -qx jdbc/navaa || die "jdbc/navaa was not created; see $SECRETS_DIR/configure.log"
asadmin_remote list-jms-resources | grep -qx jms/navaa/JobEvents || die "JMS resources were not created; see $SECRETS_DIR/configure.log"
destinations_ready=true
ensure_broker_destinations || destinations_ready=false
asadmin_local stop-domain --domaindir "$PAYARA_HOME/glassfish/domains" "$NAVAA_DOMAIN" >/dev/null
# without the stamp the next start configures again, until every destination is in place
if $destinations_ready; then
  echo "$want" > "$stamp"
fi
