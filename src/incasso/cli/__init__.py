"""The command line, on top of the core and the Pelican plugin: `incasso check | build | audit`."""
