"""The pipeline stages, one module each: load → resize → extract → structure → validate → export."""
