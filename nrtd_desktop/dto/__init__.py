"""The shapes of data the layers hand each other: frozen dataclasses, nothing else.

The services return them, the window shows them, the reports and exports lay them out; none of
those needs the services to know them (the layers of docs/design/ARCHITECTURE.md, checked by
import-linter): ``register`` (recommendations, filters, entities, clusters), ``plan`` (actions,
indicators, progress, challenges), ``figures`` (the dashboard), ``classify``, ``history``, and
``reports`` (what each report prints). Imports nothing of ours but ``domain``.
"""
