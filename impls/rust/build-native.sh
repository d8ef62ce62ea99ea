#!/bin/sh
# Builds or tests the Rust core for the Maven build (bound in pom.xml):
#   build-native.sh build   cargo build --release, then copy the library into target/classes so the
#                           jar carries it (NativeLibrary.java extracts and loads it at run time)
#   build-native.sh test    cargo test
# Without cargo on PATH both succeed doing nothing: the jar then carries no native library and
# the Rust strategies report "built without cargo". crates.io is never needed (zero dependencies).
set -eu
cd "$(dirname "$0")"
native=target/classes/wordbench/impls/rust/native

if ! command -v cargo >/dev/null 2>&1; then
    echo "[wordbench-rust] cargo is not on PATH: no native library (Rust strategies will be unavailable)"
    # A library packed by an earlier build with cargo would make this build lie about itself.
    rm -rf "$native"
    exit 0
fi

case "${1:-}" in
build)
    cargo build --release --offline --quiet
    platform="$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)"
    rm -rf "$native"
    mkdir -p "$native/$platform"
    for lib in target/release/libwordbench_rust.so target/release/libwordbench_rust.dylib; do
        if [ -f "$lib" ]; then cp "$lib" "$native/$platform/"; fi
    done
    printf '%s\n' "$platform" > "$native/PLATFORM"
    echo "[wordbench-rust] packed $(ls "$native/$platform") for $platform"
    ;;
test)
    cargo test --offline --quiet
    ;;
*)
    echo "usage: build-native.sh build|test" >&2
    exit 2
    ;;
esac
