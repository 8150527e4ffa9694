"""Qt item models over the store: the library table."""
