"""Qt item models and proxies over the services' records."""
