"""``python -m bench`` (``make bench``): see bench/run.py."""

from .run import main

main()
