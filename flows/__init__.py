"""The conversation core: knows no messenger (no aiogram, no FastAPI)."""
