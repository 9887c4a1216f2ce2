"""Activities, organisations and venues: the directory residents search (to come)."""
