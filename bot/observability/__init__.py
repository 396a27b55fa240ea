"""Adapter: what an operator sees of the running bot. Prometheus metrics (`metrics.py`), the
HTTP timing and the metered limiter and index that fill in a search's timings
(`tracing.py`, `metered.py`; the timings and the log line per search are the core's:
`bot/core/timings.py`, `bot/core/search_report.py`), the searches' metrics (`search_metrics.py`),
and the health and metrics HTTP endpoint (`health.py`, `http.py`)."""
