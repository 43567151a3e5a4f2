"""Build-time tooling of loyalty-clients: spec loading, spec lint, recording checks, client generation."""
