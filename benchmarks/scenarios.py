"""One benchmark scenario, run in a fresh interpreter of the package under test.

`harness.py` starts this file once per (package, scenario) with the Python of the virtualenv being measured: the
official package's, or ours (`benchmarks/.venv-ours`, which also serves the raw-httpx baseline). It prints exactly
one JSON line on stdout: `{"ok": true, "samples": [...], ...}` or `{"ok": false, "error": "..."}`. Only the
standard library is imported at module level, so the same file runs unchanged in every virtualenv.

The two SDKs are driven by identical code (`SdkDriver`), through the names users call: the generated methods
(`--api methods`) or, while this package has no generated resources yet, the generic `client.post`/`client.get`
with a `cast_to` model (`--api generic`); `--transport` swaps the async client for one of the package's optional
HTTP clients. The raw baseline (`RawDriver`) is httpx plus `json.loads`. Every
scenario checks what it received (chunk counts, list lengths, vector sizes), so a broken client fails loudly
instead of producing a fast number.
"""

from __future__ import annotations

import sys
import json
import time
import base64
import pstats
import random
import asyncio
import argparse
import cProfile
import importlib
import traceback
import statistics
import http.client
from array import array
from types import ModuleType, GenericAlias
from typing import Any, Optional, Sequence
from urllib.parse import urlsplit
from importlib.machinery import ModuleSpec

API_KEY = "sk-benchmark"
CHAT_MODEL = "gpt-4o-mini"
CHAT_CONTENT = "Hello! How can I help you today?"
MESSAGES: list[dict[str, str]] = [{"role": "user", "content": "Say hello."}]
EMBEDDING_MODEL = "text-embedding-3-small"


def list_of(item: Any) -> Any:
    """`list[item]` for an item type only known at run time."""
    return GenericAlias(list, (item,))


class SdkDriver:
    """Drives an `openai` package (official or ours) the way application code does."""

    # `--transport` names the package's own factory for the async HTTP client; `default` passes none.
    TRANSPORTS = {"aiohttp": "DefaultAioHttpClient", "httpx2": "DefaultAsyncHttpx2Client"}

    def __init__(self, api: str, types: str, transport: str = "default") -> None:
        self.sdk: Any = importlib.import_module("openai")
        self.api = api
        self.transport = transport
        if types == "real":
            chat_types: Any = importlib.import_module("openai.types.chat")
            top_types: Any = importlib.import_module("openai.types")
            self.chat_completion: Any = chat_types.ChatCompletion
            self.chat_chunk: Any = chat_types.ChatCompletionChunk
            self.model: Any = top_types.Model
            self.embedding_response: Any = top_types.CreateEmbeddingResponse
        else:
            self._define_mirror_types()
        self.model_list: Any = self._create_model("ModelList", object=(str, ...), data=(list_of(self.model), ...))

    def _create_model(self, name: str, **fields: Any) -> Any:
        pydantic: Any = importlib.import_module("pydantic")
        return pydantic.create_model(name, __base__=self.sdk.BaseModel, **fields)

    def _define_mirror_types(self) -> None:
        # Shapes of the public response types, built on the package's own `BaseModel`, for packages whose
        # generated types do not exist yet. Both packages get the same definitions.
        m = self._create_model
        message = m("Message", role=(str, ...), content=(Optional[str], None), refusal=(Optional[str], None))
        choice = m(
            "Choice",
            index=(int, ...),
            message=(message, ...),
            finish_reason=(Optional[str], None),
            logprobs=(Optional[object], None),
        )
        usage = m(
            "CompletionUsage",
            prompt_tokens=(int, ...),
            completion_tokens=(int, ...),
            total_tokens=(int, ...),
            prompt_tokens_details=(Optional[dict[str, int]], None),
            completion_tokens_details=(Optional[dict[str, int]], None),
        )
        self.chat_completion = m(
            "ChatCompletion",
            id=(str, ...),
            object=(str, ...),
            created=(int, ...),
            model=(str, ...),
            choices=(list_of(choice), ...),
            usage=(Optional[usage], None),
            service_tier=(Optional[str], None),
            system_fingerprint=(Optional[str], None),
        )
        delta = m("ChoiceDelta", role=(Optional[str], None), content=(Optional[str], None))
        chunk_choice = m(
            "ChunkChoice",
            index=(int, ...),
            delta=(delta, ...),
            finish_reason=(Optional[str], None),
            logprobs=(Optional[object], None),
        )
        self.chat_chunk = m(
            "ChatCompletionChunk",
            id=(str, ...),
            object=(str, ...),
            created=(int, ...),
            model=(str, ...),
            choices=(list_of(chunk_choice), ...),
            service_tier=(Optional[str], None),
            system_fingerprint=(Optional[str], None),
        )
        self.model = m("Model", id=(str, ...), object=(str, ...), created=(int, ...), owned_by=(str, ...))
        embedding = m("Embedding", index=(int, ...), object=(str, ...), embedding=(list[float], ...))
        self.embedding_response = m(
            "CreateEmbeddingResponse",
            object=(str, ...),
            data=(list_of(embedding), ...),
            model=(str, ...),
            usage=(dict[str, int], ...),
        )

    def sync_client(self, base_url: str) -> Any:
        return self.sdk.OpenAI(api_key=API_KEY, base_url=base_url)

    def async_client(self, base_url: str) -> Any:
        if self.transport == "default":
            return self.sdk.AsyncOpenAI(api_key=API_KEY, base_url=base_url)
        factory = getattr(self.sdk, self.TRANSPORTS[self.transport], None)
        if factory is None:
            raise LookupError(f"openai.{self.TRANSPORTS[self.transport]} does not exist in this package")
        return self.sdk.AsyncOpenAI(api_key=API_KEY, base_url=base_url, http_client=factory())

    def close(self, client: Any) -> None:
        client.close()

    async def aclose(self, client: Any) -> None:
        await client.close()

    def chat(self, client: Any) -> str:
        if self.api == "methods":
            completion = client.chat.completions.create(model=CHAT_MODEL, messages=MESSAGES)
        else:
            body = {"model": CHAT_MODEL, "messages": MESSAGES}
            completion = client.post("/chat/completions", cast_to=self.chat_completion, body=body)
        content: str = completion.choices[0].message.content
        return content

    async def achat(self, client: Any) -> str:
        if self.api == "methods":
            completion = await client.chat.completions.create(model=CHAT_MODEL, messages=MESSAGES)
        else:
            body = {"model": CHAT_MODEL, "messages": MESSAGES}
            completion = await client.post("/chat/completions", cast_to=self.chat_completion, body=body)
        content: str = completion.choices[0].message.content
        return content

    def chat_stream(self, client: Any) -> int:
        if self.api == "methods":
            stream = client.chat.completions.create(model=CHAT_MODEL, messages=MESSAGES, stream=True)
        else:
            stream = client.post(
                "/chat/completions",
                cast_to=self.chat_chunk,
                body={"model": CHAT_MODEL, "messages": MESSAGES, "stream": True},
                stream=True,
                stream_cls=self.sdk.Stream[self.chat_chunk],
            )
        received = 0
        with stream:
            for chunk in stream:
                if chunk.choices:
                    chunk.choices[0].delta.content  # noqa: B018 -- touch the parsed field, as a consumer would
                received += 1
        return received

    def models(self, client: Any) -> int:
        if self.api == "methods":
            page = client.models.list()
        else:
            page = client.get("/models", cast_to=self.model_list)
        return sum(1 for model in page.data if model.id)

    def embeddings(self, client: Any, count: int) -> int:
        inputs = ["The quick brown fox jumps over the lazy dog."] * count
        if self.api == "methods":
            response = client.embeddings.create(model=EMBEDDING_MODEL, input=inputs, encoding_format="float")
        else:
            body = {"model": EMBEDDING_MODEL, "input": inputs, "encoding_format": "float"}
            response = client.post("/embeddings", cast_to=self.embedding_response, body=body)
        return sum(len(item.embedding) for item in response.data)

    def embeddings_default(self, client: Any, count: int) -> tuple[int, float, float]:
        """`embeddings.create` without `encoding_format`: the SDK asks for base64 and decodes the vectors itself."""
        inputs = ["The quick brown fox jumps over the lazy dog."] * count
        response = client.embeddings.create(model=EMBEDDING_MODEL, input=inputs)
        data = response.data
        return sum(len(item.embedding) for item in data), data[0].embedding[0], data[-1].embedding[-1]


class RawDriver:
    """The floor: httpx and `json.loads`, no SDK, same requests."""

    def __init__(self) -> None:
        self.httpx: Any = importlib.import_module("httpx")
        self.headers = {"Authorization": f"Bearer {API_KEY}"}

    def sync_client(self, base_url: str) -> Any:
        return self.httpx.Client(base_url=base_url, headers=self.headers, timeout=600)

    def async_client(self, base_url: str) -> Any:
        # The SDKs' default pool, so that both sides keep all 50 connections alive.
        limits = self.httpx.Limits(max_connections=1000, max_keepalive_connections=100)
        return self.httpx.AsyncClient(base_url=base_url, headers=self.headers, timeout=600, limits=limits)

    def close(self, client: Any) -> None:
        client.close()

    async def aclose(self, client: Any) -> None:
        await client.aclose()

    def chat(self, client: Any) -> str:
        response = client.post("/chat/completions", json={"model": CHAT_MODEL, "messages": MESSAGES})
        content: str = json.loads(response.content)["choices"][0]["message"]["content"]
        return content

    async def achat(self, client: Any) -> str:
        response = await client.post("/chat/completions", json={"model": CHAT_MODEL, "messages": MESSAGES})
        content: str = json.loads(response.content)["choices"][0]["message"]["content"]
        return content

    def chat_stream(self, client: Any) -> int:
        received = 0
        body = {"model": CHAT_MODEL, "messages": MESSAGES, "stream": True}
        with client.stream("POST", "/chat/completions", json=body) as response:
            for line in response.iter_lines():
                if not line.startswith("data: "):
                    continue
                data = line[6:]
                if data.startswith("[DONE]"):
                    break
                chunk = json.loads(data)
                if chunk["choices"]:
                    chunk["choices"][0]["delta"].get("content")
                received += 1
        return received

    def models(self, client: Any) -> int:
        page = json.loads(client.get("/models").content)
        return sum(1 for model in page["data"] if model["id"])

    def embeddings(self, client: Any, count: int) -> int:
        inputs = ["The quick brown fox jumps over the lazy dog."] * count
        body = {"model": EMBEDDING_MODEL, "input": inputs, "encoding_format": "float"}
        response = json.loads(client.post("/embeddings", json=body).content)
        return sum(len(item["embedding"]) for item in response["data"])

    def embeddings_default(self, client: Any, count: int) -> tuple[int, float, float]:
        # The floor for the SDKs' default: ask for base64, decode each vector with numpy when it can be imported,
        # with `array` otherwise (what the official SDK does), into lists of floats.
        inputs = ["The quick brown fox jumps over the lazy dog."] * count
        body = {"model": EMBEDDING_MODEL, "input": inputs, "encoding_format": "base64"}
        response = json.loads(client.post("/embeddings", json=body).content)
        try:
            import numpy
        except ImportError:
            vectors = [array("f", base64.b64decode(item["embedding"])).tolist() for item in response["data"]]
        else:
            vectors = [
                numpy.frombuffer(base64.b64decode(item["embedding"]), dtype="float32").tolist()
                for item in response["data"]
            ]
        return sum(len(vector) for vector in vectors), vectors[0][0], vectors[-1][-1]


Driver = SdkDriver | RawDriver


class ServerStats:
    """Reads the server's request count and CPU time, to show how busy it was during a measurement."""

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80

    def cpu_seconds(self) -> float:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            connection.request("GET", "/__stats")
            stats = json.loads(connection.getresponse().read())
        finally:
            connection.close()
        return float(stats["cpu_seconds"])


def expect(name: str, got: object, want: object) -> None:
    if got != want:
        raise AssertionError(f"{name}: expected {want!r}, got {got!r}")


def run_sync_json(driver: Driver, args: argparse.Namespace) -> dict[str, Any]:
    """Wall time of each small chat-completion call, sequential, after a warm-up."""
    stats = ServerStats(args.base_url)
    client = driver.sync_client(args.base_url)
    try:
        for _ in range(args.warmup):
            expect("chat content", driver.chat(client), CHAT_CONTENT)
        clock = time.perf_counter_ns
        call = driver.chat
        samples: list[float] = []
        server_before, wall_before = stats.cpu_seconds(), time.perf_counter()
        cpu_before = time.process_time()
        for _ in range(args.calls):
            started = clock()
            call(client)
            samples.append((clock() - started) / 1000)
        cpu_per_call = (time.process_time() - cpu_before) * 1e6 / args.calls
        server_share = (stats.cpu_seconds() - server_before) / (time.perf_counter() - wall_before)
    finally:
        driver.close(client)
    # Client CPU per call is the steadier view of SDK cost on a busy machine (wall time includes waiting for a core).
    return {"samples": samples, "cpu_samples": [cpu_per_call], "server_cpu_share": server_share}


def run_async_json(driver: Driver, args: argparse.Namespace) -> dict[str, Any]:
    """Requests per second with `--concurrency` calls in flight on one client."""
    return asyncio.run(_async_json(driver, args))


async def _async_json(driver: Driver, args: argparse.Namespace) -> dict[str, Any]:
    stats = ServerStats(args.base_url)
    client = driver.async_client(args.base_url)
    per_worker = max(1, args.total // args.concurrency)

    async def worker(calls: int) -> None:
        for _ in range(calls):
            expect("chat content", await driver.achat(client), CHAT_CONTENT)

    try:
        # Warm-up opens every connection of the pool, so the rounds measure steady state.
        await asyncio.gather(*(worker(2) for _ in range(args.concurrency)))
        samples: list[float] = []
        shares: list[float] = []
        for _ in range(args.rounds):
            server_before = stats.cpu_seconds()
            started = time.perf_counter()
            await asyncio.gather(*(worker(per_worker) for _ in range(args.concurrency)))
            elapsed = time.perf_counter() - started
            shares.append((stats.cpu_seconds() - server_before) / elapsed)
            samples.append(per_worker * args.concurrency / elapsed)
    finally:
        await driver.aclose(client)
    return {"samples": samples, "server_cpu_share": max(shares)}


def run_sse(driver: Driver, args: argparse.Namespace) -> dict[str, Any]:
    """CPU time of this process per chunk of a streamed chat completion (the server runs elsewhere)."""
    client = driver.sync_client(args.base_url)
    samples: list[float] = []
    try:
        for round_index in range(args.warmup + args.rounds):
            started = time.process_time()
            received = driver.chat_stream(client)
            elapsed = time.process_time() - started
            expect("stream chunks", received, args.sse_chunks)
            if round_index >= args.warmup:
                samples.append(elapsed * 1e6 / received)
    finally:
        driver.close(client)
    return {"samples": samples}


def run_models(driver: Driver, args: argparse.Namespace) -> dict[str, Any]:
    """Wall time of one `models.list()` returning `--models` items, every item's `id` read."""
    client = driver.sync_client(args.base_url)
    samples: list[float] = []
    try:
        for round_index in range(args.warmup + args.rounds):
            started = time.perf_counter()
            count = driver.models(client)
            elapsed = time.perf_counter() - started
            expect("models listed", count, args.models)
            if round_index >= args.warmup:
                samples.append(elapsed * 1e3)
    finally:
        driver.close(client)
    return {"samples": samples}


def run_embeddings(driver: Driver, args: argparse.Namespace) -> dict[str, Any]:
    """Wall time of one float `embeddings.create()` returning `--embeddings` vectors of `--dimensions` values."""
    client = driver.sync_client(args.base_url)
    samples: list[float] = []
    try:
        for round_index in range(args.warmup + args.rounds):
            started = time.perf_counter()
            values = driver.embeddings(client, args.embeddings)
            elapsed = time.perf_counter() - started
            expect("embedding values", values, args.embeddings * args.dimensions)
            if round_index >= args.warmup:
                samples.append(elapsed * 1e3)
    finally:
        driver.close(client)
    return {"samples": samples}


def expected_embedding_ends(count: int, dimensions: int) -> tuple[float, float]:
    """First value of the first vector and last value of the last one, as the server generates them."""
    rng = random.Random(1536)  # the server's generator and seed
    values = [rng.gauss(0.0, 0.03) for _ in range(count * dimensions)]
    return values[0], values[-1]


def run_embeddings_default(driver: Driver, args: argparse.Namespace) -> dict[str, Any]:
    """Wall time of one default-format `embeddings.create()` (base64 on the wire, decoded by the client)."""
    first_want, last_want = expected_embedding_ends(args.embeddings, args.dimensions)
    client = driver.sync_client(args.base_url)
    samples: list[float] = []
    try:
        for round_index in range(args.warmup + args.rounds):
            started = time.perf_counter()
            values, first, last = driver.embeddings_default(client, args.embeddings)
            elapsed = time.perf_counter() - started
            expect("embedding values", values, args.embeddings * args.dimensions)
            # float32 on the wire: the decoded values match the generated ones to float32 precision.
            if not (isinstance(first, float) and isinstance(last, float)):
                raise AssertionError(f"embedding values are not Python floats: {type(first)!r}, {type(last)!r}")
            if abs(first - first_want) > 1e-7 or abs(last - last_want) > 1e-7:
                raise AssertionError(f"decoded values {first!r}, {last!r}; expected {first_want!r}, {last_want!r}")
            if round_index >= args.warmup:
                samples.append(elapsed * 1e3)
    finally:
        driver.close(client)
    for blocked in args.block:
        if blocked in sys.modules:
            raise AssertionError(f"{blocked} was imported although it was blocked")
    return {"samples": samples, "numpy_loaded": "numpy" in sys.modules, "pybase64_loaded": "pybase64" in sys.modules}


class ImportBlocker:
    """A meta-path finder that makes importing the given packages fail, as if they were not installed."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = tuple(names)

    def find_spec(
        self, name: str, path: Optional[Sequence[str]] = None, target: Optional[ModuleType] = None
    ) -> Optional[ModuleSpec]:
        if name.split(".")[0] in self.names:
            raise ModuleNotFoundError(f"No module named {name!r} (blocked by the benchmark)", name=name)
        return None


def run_probe(args: argparse.Namespace) -> dict[str, Any]:
    """What the installed `openai` offers: version, transport, and whether generated methods and types exist."""
    info: dict[str, Any] = {"python": sys.version.split()[0]}
    for name in ("openai", "httpx", "httpx2"):
        try:
            module: Any = importlib.import_module(name)
            info[name] = str(getattr(module, "__version__", "unknown"))
        except Exception as exc:  # an absent or half-written package is a finding, not a crash
            info[name] = None
            info[f"{name}_error"] = f"{type(exc).__name__}: {exc}"
    sdk: Any = sys.modules.get("openai")
    info["client"] = hasattr(sdk, "OpenAI") and hasattr(sdk, "AsyncOpenAI")
    methods = {"chat": False, "models": False, "embeddings": False}
    if info["client"]:
        try:
            client = sdk.OpenAI(api_key=API_KEY, base_url=args.base_url)
            methods["chat"] = callable(
                getattr(getattr(getattr(client, "chat", None), "completions", None), "create", None)
            )
            methods["models"] = callable(getattr(getattr(client, "models", None), "list", None))
            methods["embeddings"] = callable(getattr(getattr(client, "embeddings", None), "create", None))
            client.close()
        except Exception as exc:  # same: report it, the harness decides what to run
            info["client_error"] = f"{type(exc).__name__}: {exc}"
    info["methods"] = methods
    try:
        chat_types: Any = importlib.import_module("openai.types.chat")
        top_types: Any = importlib.import_module("openai.types")
        info["types"] = all(
            hasattr(module, name)
            for module, name in (
                (chat_types, "ChatCompletion"),
                (chat_types, "ChatCompletionChunk"),
                (top_types, "Model"),
                (top_types, "CreateEmbeddingResponse"),
            )
        )
    except Exception:
        info["types"] = False
    return info


SCENARIOS = {
    "sync_json": run_sync_json,
    "async_json": run_async_json,
    "sse": run_sse,
    "models": run_models,
    "embeddings": run_embeddings,
    "embeddings_default": run_embeddings_default,
}


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Run one benchmark scenario and print one JSON line.")
    parser.add_argument("scenario", choices=[*SCENARIOS, "probe"])
    parser.add_argument("--impl", choices=["sdk", "raw"], default="sdk")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--api", choices=["methods", "generic"], default="generic")
    parser.add_argument("--types", choices=["real", "mirror"], default="mirror")
    parser.add_argument("--transport", choices=["default", *SdkDriver.TRANSPORTS], default="default")
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--total", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--sse-chunks", type=int, default=2000)
    parser.add_argument("--models", type=int, default=5000)
    parser.add_argument("--embeddings", type=int, default=100)
    parser.add_argument("--dimensions", type=int, default=1536)
    parser.add_argument(
        "--block",
        action="append",
        default=[],
        metavar="PACKAGE",
        help="make importing PACKAGE fail in this process, as if it were not installed (repeatable)",
    )
    parser.add_argument("--profile", help="run under cProfile and write the hottest functions to this file")
    return parser.parse_args(argv)


def profiled(scenario: Any, driver: Driver, args: argparse.Namespace) -> dict[str, Any]:
    """Run a scenario under cProfile; its timings are then inflated, so only the profile is worth keeping."""
    profiler = cProfile.Profile()
    result: dict[str, Any] = profiler.runcall(scenario, driver, args)
    with open(args.profile, "w") as out:
        out.write(f"# {args.scenario}, {type(driver).__name__}, openai from {sys.modules.get('openai')}\n")
        for order in ("tottime", "cumulative"):
            out.write(f"\n## top 30 by {order}\n")
            stats = pstats.Stats(profiler, stream=out)
            stats.strip_dirs().sort_stats(order).print_stats(30)
    return result


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.block:  # before anything imports the SDK, so its lookups of optional packages see none
        sys.meta_path.insert(0, ImportBlocker(args.block))
    try:
        if args.scenario == "probe":
            result = run_probe(args)
        else:
            driver: Driver = RawDriver() if args.impl == "raw" else SdkDriver(args.api, args.types, args.transport)
            scenario = SCENARIOS[args.scenario]
            result = profiled(scenario, driver, args) if args.profile else scenario(driver, args)
            result["median"] = statistics.median(result["samples"])
    except Exception as exc:  # reported to the harness, which prints it and moves on to the next scenario
        failure = {"ok": False, "error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}
        sys.stdout.write(json.dumps(failure) + "\n")
        return 1
    sys.stdout.write(json.dumps({"ok": True, **result}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
