#!/bin/sh
# Builds or tests the Rust core (the crate in native/, beside Maven's src/) for the Maven build
# (bound in pom.xml):
#   build-native.sh build   cargo build --release, then copy the library into target/classes so the
#                           jar carries it (NativeLibrary.java extracts and loads it at run time)
#   build-native.sh test    cargo test, twice: as this machine builds it, and with the portable
#                           (non-SSE2) scan forced by the cargo feature "portable", which is what an
#                           ARM machine runs, so that path is tested on x86-64 too
#   build-native.sh platform [TRIPLE]
#                           the folder name the library is packed under for a Rust target triple
#                           (default: rustc's host), e.g. darwin-aarch64; NativePlatform.java names
#                           the folder it loads from the same way, and NativePlatformTest checks both
# WORDBENCH_RUST_PORTABLE=1 makes `build` pack the portable scan too (to time it on x86-64).
# Without cargo on PATH build and test succeed doing nothing: the jar then carries no native library
# and the Rust strategies report "built without cargo". crates.io is never needed (zero dependencies).
set -eu
cd "$(dirname "$0")"
packed=target/classes/wordbench/impls/rust/native
crate=native

# platform TRIPLE: <os>-<arch> with one spelling per machine: arm64 and aarch64 are aarch64,
# amd64 and x86_64 are x86_64 (uname -m says arm64 on a Mac where the JVM says aarch64).
platform() {
    arch=${1%%-*}
    case "$arch" in
    arm64 | aarch64) arch=aarch64 ;;
    amd64 | x86_64) arch=x86_64 ;;
    esac
    case "$1" in
    *-apple-darwin*) os=darwin ;;
    *-linux*) os=linux ;;
    *-windows*) os=windows ;;
    *) os=$(printf '%s' "$1" | cut -d- -f3) ;;
    esac
    printf '%s-%s\n' "$os" "$arch"
}

host_triple() {
    rustc -vV | awk '/^host:/ {print $2}'
}

features=
case "${WORDBENCH_RUST_PORTABLE:-}" in
"" | 0 | false) ;;
*) features="--features portable" ;;
esac

if [ "${1:-}" = platform ]; then
    platform "${2:-$(host_triple)}"
    exit 0
fi

if ! command -v cargo >/dev/null 2>&1; then
    echo "[wordbench-rust] cargo is not on PATH: no native library (Rust strategies will be unavailable)"
    # A library packed by an earlier build with cargo would make this build lie about itself.
    rm -rf "$packed"
    exit 0
fi

case "${1:-}" in
build)
    # shellcheck disable=SC2086 # $features is empty or one option and its value
    cargo build --release --offline --quiet --manifest-path "$crate/Cargo.toml" $features
    platform=$(platform "$(host_triple)")
    rm -rf "$packed"
    mkdir -p "$packed/$platform"
    for lib in "$crate"/target/release/libwordbench_rust.so "$crate"/target/release/libwordbench_rust.dylib; do
        if [ -f "$lib" ]; then cp "$lib" "$packed/$platform/"; fi
    done
    printf '%s\n' "$platform" > "$packed/PLATFORM"
    echo "[wordbench-rust] packed $(ls "$packed/$platform") for $platform"
    ;;
test)
    cargo test --offline --quiet --manifest-path "$crate/Cargo.toml"
    cargo test --offline --quiet --manifest-path "$crate/Cargo.toml" --features portable
    ;;
*)
    echo "usage: build-native.sh build|test|platform [TRIPLE]" >&2
    exit 2
    ;;
esac
