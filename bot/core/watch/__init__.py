"""Watched channels: which messages to check, the bounded queue, the budget share, the alert's
wording."""
