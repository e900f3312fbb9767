#!/usr/bin/env bash
# Installs what dm-connect's tests, demo and benchmarks need from Debian's packages, when it is absent.
# Idempotent, and silent when everything is already there.
set -euo pipefail

# command -> Debian package that provides it
declare -A needs=(
  [mariadbd]=mariadb-server
  [mariadb-install-db]=mariadb-server
  [mariadb]=mariadb-client
  [mariadb-admin]=mariadb-client
  [mariadb-dump]=mariadb-client
  [sysbench]=sysbench
  [pt-online-schema-change]=percona-toolkit
  [kcat]=kcat
  [setsid]=util-linux
  [curl]=curl
)

have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || [ -x "/usr/bin/$1" ]; }

missing=()
for cmd in "${!needs[@]}"; do
  have "$cmd" || missing+=("${needs[$cmd]}")
done

for tool in java mvn; do
  if ! have "$tool"; then
    echo "setup: '$tool' is missing: dm-connect needs Java 17+ and Maven 3.8+ on PATH" >&2
    exit 1
  fi
done

[ ${#missing[@]} -eq 0 ] && exit 0

packages=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
echo "setup: installing ${packages}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $packages >/dev/null
for cmd in "${!needs[@]}"; do
  have "$cmd" || { echo "setup: '$cmd' is still missing after installing ${needs[$cmd]}" >&2; exit 1; }
done
echo "setup: done" >&2
