"""Session scripts: the TOML schema, its loader, the built-in library and CLI bodies."""
