# moat's sys module: what a sandboxed script may read about its interpreter.
from typing import Any

version: str
version_info: tuple[int, int, int]
platform: str
maxsize: int
argv: list[str]
