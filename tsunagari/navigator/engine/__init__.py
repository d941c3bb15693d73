"""Navigator engine: pure Python (no Django), plain data in, plain data out.

Kept free of Django so that it can be tested and benchmarked alone.
"""
