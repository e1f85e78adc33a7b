"""Paying: payment references, the EPC QR code and the personal link tokens."""
