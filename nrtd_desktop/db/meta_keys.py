"""Keys of the ``meta`` table read before SQLAlchemy is imported (the window's first rows,
``nrtd_desktop/opening.py``) as well as through it: one spelling for both."""

from __future__ import annotations

# The installation and computer the site belongs to (db/identity.py, sites.py).
SITE_INSTALLATION_KEY = "site_installation"
# The digest of the reference data the database holds (db/reference_sync.py).
REFERENCE_DIGEST_KEY = "reference_digest"
