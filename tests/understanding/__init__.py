"""Tests of flows.understanding: what a young person would notice."""
