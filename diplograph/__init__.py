"""diplograph core: the domain model, the error tree and settings shared by
``extract``, ``graph`` and ``api``."""

from diplograph.errors import DiplographError

__version__ = "0.1.0"
__all__ = ["DiplographError", "__version__"]
