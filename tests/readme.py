"""The README's examples, as the tests that run them read them."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def python_example(heading: str) -> str:
    """The first python block of the README's section titled ``heading`` ("## From Python")."""
    readme = README.read_text(encoding="utf-8")
    section = readme.split(f"{heading}\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert blocks, f"the README's {heading!r} section has no python block"
    return blocks[0]
