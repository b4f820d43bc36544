"""Reading and writing catalogue files: decoding, the checked YAML reader, the round-trip writer."""
