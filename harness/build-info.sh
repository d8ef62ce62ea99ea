#!/bin/sh
# Writes build-info.properties for `wordbench --version` (run by the Maven build, harness/pom.xml):
#   build-info.sh PROJECT-VERSION OUTPUT-FILE
# The commit is the one the build saw, "-dirty" when tracked files differ from it, "unknown"
# outside a git checkout (a source tarball) or without git.
set -eu
version=$1
out=$2
cd "$(dirname "$0")"
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || true)
if [ -n "$commit" ] && ! git diff --quiet HEAD -- 2>/dev/null; then
    commit="$commit-dirty"
fi
mkdir -p "$(dirname "$out")"
printf 'version=%s\ncommit=%s\n' "$version" "${commit:-unknown}" > "$out"
