"""The test suite (a package so that generated tests can import `tests.utils`)."""
