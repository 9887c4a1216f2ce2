"""Campaign phases, stories and QR entry points (to come)."""
