"""The vocabulary of the journal as plain Python: no storage, no Qt.

Import the submodules (model, validation, vocabulary) directly: this package imports
nothing itself, so that the command line and the GUI's first paint stay quick.
"""
