#!/usr/bin/env bash
# The `openai` command against the built-in local server (no API key, no network).
# Run from an environment where this package is installed: `bash examples/cli.sh`.
set -euo pipefail

python="${PYTHON:-python3}"
workdir="$(mktemp -d)"
log="$workdir/server.log"

# Start `python -m openai.testing` on a free port and read its URL from the first line it prints.
"$python" -m openai.testing --port 0 > "$log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -rf "$workdir"' EXIT
for _ in $(seq 100); do
  grep -q 'listening on' "$log" && break
  sleep 0.1
done
export OPENAI_BASE_URL="$(awk '/listening on/ {print $NF; exit}' "$log")"
export OPENAI_API_KEY=test

echo "== openai api models.list"
openai api models.list

echo "== openai api chat.completions.create --stream"
openai api chat.completions.create -m gpt-4o -g system "You are terse." -g user "Say hello" --stream

echo "== a training file: check it, upload it, start a fine-tuning job"
for i in $(seq 10); do
  printf '{"messages": [{"role": "user", "content": "Question %s?"}, {"role": "assistant", "content": "Answer %s."}]}\n' "$i" "$i"
done > "$workdir/train.jsonl"
openai tools fine_tunes.prepare_data -f "$workdir/train.jsonl" -q
file_id="$(openai api files.create -f "$workdir/train.jsonl" -p fine-tune | "$python" -c 'import json, sys; print(json.load(sys.stdin)["id"])')"
openai api fine_tuning.jobs.create -m gpt-4o-mini-2024-07-18 -F "$file_id" -H '{"n_epochs": 2}'

echo "== a failing call: one line on stderr, exit status 1"
if openai api files.retrieve -i file-does-not-exist; then
  echo "expected a failure" >&2
  exit 1
else
  echo "exit status $?"
fi
