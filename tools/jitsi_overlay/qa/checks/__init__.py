"""The QA checks; importing this package registers every one of them."""

from . import (  # noqa: F401  (each module registers its check on import)
    categories,
    copyright,
    filesdir_revision,
    filesdir_size,
    keywords,
    manifest,
    metadata_xml,
    news,
    releases,
    urls,
)
