"""Stream helpers: chat completions (``.chat``), Responses (``.responses``) and the shared delta rules."""
