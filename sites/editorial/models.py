"""The editorial app has no models of its own: roles are Django groups, hiding lives in core."""
