"""The committed-dockerfile service."""
