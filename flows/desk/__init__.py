"""The caseworkers' desk: who is acting (`actor`), casework on handed-over conversations,
accounts and console sessions, the access log, who should take a conversation, and what
admins see of the inbound queue."""
