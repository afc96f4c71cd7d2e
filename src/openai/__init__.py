"""Typed Python SDK for the OpenAI API."""
