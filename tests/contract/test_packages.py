"""Submodules are reachable as attributes of their package right after `import package`, as in the official SDK.

`import openai.types.responses` followed by `openai.types.responses.response_output_text.ResponseOutputText`
works there because the package imports its modules eagerly; here packages import lazily (module `__getattr__`)
and still give the same answer. Checked in a fresh interpreter per package, so nothing imported by the test run
itself hides a missing attribute.
"""

from __future__ import annotations

import sys
import json
import pkgutil
import importlib
import subprocess

import openai

_PROBE = """
import importlib, inspect, json, sys
package = importlib.import_module(sys.argv[1])
missing = [name for name in json.loads(sys.argv[2]) if not inspect.ismodule(getattr(package, name, None))]
print(json.dumps(missing))
"""


def _packages() -> dict[str, list[str]]:
    """Every package of openai.types and openai.resources (generated), with its public submodules on disk."""
    found: dict[str, list[str]] = {}
    for root in ("openai.types", "openai.resources"):
        names = [root] + [
            info.name
            for info in pkgutil.walk_packages(importlib.import_module(root).__path__, root + ".")
            if info.ispkg and not any(part.startswith("_") for part in info.name.split("."))
        ]
        for name in names:
            package = importlib.import_module(name)
            found[name] = sorted(
                info.name for info in pkgutil.iter_modules(package.__path__) if not info.name.startswith("_")
            )
    return found


def test_every_package_resolves_all_its_submodules() -> None:
    packages = _packages()
    assert sum(len(subs) for subs in packages.values()) > 1400
    unresolved = {
        name: sorted(set(subs) - importlib.import_module(name)._SUBMODULES) for name, subs in packages.items()
    }
    assert {name: subs for name, subs in unresolved.items() if subs} == {}


# a sample of packages, each probed in a fresh interpreter (importing anything else first could hide a gap)
PROBED = {
    "openai.types": ["batch", "chat", "responses", "websocket_reconnection", "websocket_connection_options"],
    "openai.types.responses": ["response_output_text", "response_input_item_param", "tool"],
    "openai.types.beta.realtime": ["session_create_params", "conversation_item"],
    "openai.types.admin.organization.projects": ["api_key_list_params", "users"],
    "openai.resources": ["chat", "webhooks", "files", "beta"],
    "openai.resources.webhooks": ["webhooks"],
    "openai.resources.beta.threads.runs": ["runs", "steps"],
    "openai.lib": ["azure", "bedrock", "streaming"],
}


def test_submodules_are_attributes_in_a_fresh_interpreter() -> None:
    failures: dict[str, list[str]] = {}
    for package, submodules in PROBED.items():
        out = subprocess.run(
            [sys.executable, "-c", _PROBE, package, json.dumps(submodules)],
            capture_output=True,
            text=True,
            check=True,
        )
        missing = json.loads(out.stdout)
        if missing:
            failures[package] = missing
    assert failures == {}


def test_submodule_attribute_is_the_imported_module() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            (
                "import sys, openai.types.responses as r; "
                "m = r.response_output_text; "
                "print(m is sys.modules['openai.types.responses.response_output_text'], m.ResponseOutputText.__name__)"
            ),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == ["True", "ResponseOutputText"]


def test_lazy_packages_do_not_import_their_submodules_up_front() -> None:
    code = (
        "import sys, openai; openai.OpenAI(api_key='sk-test'); "
        "print(sum(1 for m in sys.modules if m.startswith('openai.types.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) < 20
    assert openai.types.webhooks.__name__ == "openai.types.webhooks"


def test_official_empty_packages_exist() -> None:
    for name in ("openai.types.beta.chat", "openai.types.containers.files", "openai.types.skills.versions"):
        assert importlib.import_module(name).__name__ == name


def test_webhooks_resource_module() -> None:
    from openai.resources.webhooks import Webhooks, AsyncWebhooks
    from openai.resources.webhooks.webhooks import Webhooks as ModuleWebhooks, AsyncWebhooks as ModuleAsyncWebhooks

    assert Webhooks is ModuleWebhooks and AsyncWebhooks is ModuleAsyncWebhooks
    assert isinstance(openai.OpenAI(api_key="sk-test").webhooks, Webhooks)
