"""One function per user action, each its own transaction. Qt-free; used by the UI and the CLI."""
