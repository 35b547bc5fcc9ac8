"""Documents that leave the app: the agreement PDF."""
