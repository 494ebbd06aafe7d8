"""The caseworkers' console (FastAPI): the inbox, conversations, replies, accounts; a JSON API
beside the pages; live updates over Server-Sent Events. Built by `console.app.create_app`."""
