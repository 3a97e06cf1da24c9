"""Pure, deterministic computations over the journal: same facts in, same numbers out.

Imports only the domain and numpy; never the store, never Qt.
"""
