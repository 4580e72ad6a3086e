"""The front door: the ``diplograph`` command line and the HTTP service."""
