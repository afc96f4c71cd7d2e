"""Code generator for the `openai` package: OpenAPI spec → `src/openai/types`, `src/openai/resources` and friends.

Run it as `python -m codegen --spec ../shared/reference/openapi.yaml [--check]` from the repository root.
"""
