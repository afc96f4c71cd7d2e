# Sourced by the other scripts: puts the project's tools on PATH.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/.venv/bin:$HOME/.local/bin:$PATH"
export SPEC_PATH="${SPEC_PATH:-$ROOT/../shared/reference/openapi.yaml}"
export PRISM_VERSION="5.14.2"
export UV_NO_PROGRESS=1
cd "$ROOT"
