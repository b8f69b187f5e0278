"""Human-readable views of a Report: a Rich text summary and a self-contained HTML page."""
