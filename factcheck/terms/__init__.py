"""Terms: the termbase of official wording, its cache, TBX import, and `lint`."""
