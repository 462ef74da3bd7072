// MiniPython: the workbook's handler language, exactly CPython 3.12 for its subset.
// See the design notes (PYTHON-SUBSET.md) for the specification; the conformance corpus in
// Tests/MiniPythonTests/Conformance is the specification in tests.
