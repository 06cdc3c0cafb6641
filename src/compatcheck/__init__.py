"""compatcheck: check a skincare routine against microneedling and against itself.

Not medical advice. The library API lives in :mod:`compatcheck.api`; this package
module stays import-light so that the command line starts fast.
"""

__version__ = "0.1.0"
