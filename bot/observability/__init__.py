"""Adapter: what an operator sees of the running bot. Prometheus metrics (`metrics.py`), the
timings of one search (`timings.py`, filled in by `tracing.py` and `metered.py`), the log line per
search (`search_report.py`), and the health and metrics HTTP endpoint (`health.py`, `http.py`)."""
