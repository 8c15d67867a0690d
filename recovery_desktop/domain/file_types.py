"""File name suffixes and MIME types of the exchange files (share and feedback)."""

from __future__ import annotations

#: Suffix of a share file, written by the mentee for the mentor.
SHARE_SUFFIX = ".rdshare"
#: Suffix of a feedback file, written by the mentor for the mentee.
FEEDBACK_SUFFIX = ".rdfeedback"

#: MIME type of a share file (registered by resources/linux/*.mime.xml).
SHARE_MIME = "application/x-recovery-desktop-share"
#: MIME type of a feedback file (registered by resources/linux/*.mime.xml).
FEEDBACK_MIME = "application/x-recovery-desktop-feedback"

#: First line of every exchange file: both kinds are age-encrypted.
AGE_MAGIC = b"age-encryption.org/v1"
