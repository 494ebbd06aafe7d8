"""Every text a young person or caseworker reads, one Fluent (.ftl) file per language.

Translators edit the `.ftl` files directly: https://projectfluent.org/fluent/guide/
"""

from pathlib import Path

LOCALES_DIR = Path(__file__).parent
