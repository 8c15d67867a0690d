"""Storage: the encrypted vault, its key envelope, keychain, migrations and repositories."""
