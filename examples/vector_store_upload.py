#!/usr/bin/env -S sh -c 'exec "$(dirname "$0")/../.venv/bin/python" "$0" "$@"'
"""Upload documents to a vector store and wait until they are indexed.

`client.vector_stores.files.upload_and_poll` uploads one file and polls it; `client.vector_stores.file_batches.
upload_and_poll` uploads several files concurrently (at most `max_concurrency` at a time), adds them to the store
as one batch and polls until every file is processed. With neither OPENAI_BASE_URL nor OPENAI_API_KEY set it
starts the built-in local server, so it runs offline.
"""

from __future__ import annotations

import os
import sys
import tempfile
import contextlib
from typing import List
from pathlib import Path

from openai import OpenAI


def main() -> int:
    with contextlib.ExitStack() as stack:
        if not os.environ.get("OPENAI_BASE_URL") and not os.environ.get("OPENAI_API_KEY"):
            from openai.testing import Server

            server = stack.enter_context(Server())
            client = stack.enter_context(OpenAI(base_url=server.url, api_key="test"))
            print(f"(using the built-in server at {server.url})")
        else:
            client = stack.enter_context(OpenAI())

        folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        documents: List[Path] = []
        for name, text in [
            ("returns.md", "Items can be returned within 30 days."),
            ("shipping.md", "Orders ship within two business days."),
            ("warranty.md", "Every device has a two-year warranty."),
        ]:
            path = folder / name
            path.write_text(text)
            documents.append(path)

        store = client.vector_stores.create(name="Support articles")
        print(f"vector store {store.id}")

        # One file: upload (purpose="assistants"), attach, and poll until indexed.
        faq = folder / "faq.md"
        faq.write_text("Contact support at any time through the help centre.")
        single = client.vector_stores.files.upload_and_poll(vector_store_id=store.id, file=faq)
        print(f"{faq.name}: {single.status}")

        # Several files: concurrent uploads, one batch, polled until no file is in progress.
        with contextlib.ExitStack() as files:
            handles = [files.enter_context(path.open("rb")) for path in documents]
            batch = client.vector_stores.file_batches.upload_and_poll(store.id, files=handles, max_concurrency=2)
        print(f"batch {batch.id}: {batch.status}, file counts {batch.file_counts.model_dump()}")
        if batch.file_counts.failed or single.status != "completed":
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
