"""Input text hygiene that keeps character offsets: every change is one character for one."""
from __future__ import annotations

import re

# C0/C1 control characters except tab, line feed and carriage return; plus NUL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def offset_safe(text: str) -> str:
    """Return ``text`` with control characters replaced by spaces and CR by LF, same length.

    Offsets computed on the result index the original text exactly, so responses can always
    point into what the caller sent (CRLF and emoji included: Python indexes code points).
    Unicode line separators count as line breaks.
    """
    text = text.replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub(" ", text)
