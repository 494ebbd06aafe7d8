"""The caseworkers' console (FastAPI): for now a health check; the inbox comes with handover."""
