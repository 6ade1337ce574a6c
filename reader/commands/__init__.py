"""Sub-commands of ``python -m reader``; each module registers its own."""
