"""Encrypted storage: SQLCipher spaces, keys, migrations, backups. The only place with SQL."""
