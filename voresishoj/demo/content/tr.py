from .en import PAGES  # noqa: F401  (placeholder until translated)
