"""Session scripts: the TOML schema, its loader (with limits), the built-in library."""
