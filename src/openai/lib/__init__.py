"""Hand-written extensions on top of the generated SDK (helpers, streaming managers, Azure, realtime).

The generator never writes here. Nothing is imported eagerly: each helper module is imported by whoever uses it.
"""
