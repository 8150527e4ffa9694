"""Small bank fixtures and helpers shared by the loader and validator tests."""
