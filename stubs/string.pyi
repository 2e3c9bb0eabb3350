# moat's string module.
from typing import Any, Mapping

ascii_letters: str
ascii_lowercase: str
ascii_uppercase: str
digits: str
hexdigits: str
octdigits: str
punctuation: str
printable: str
whitespace: str

def capwords(s: str, sep: str | None = None) -> str: ...

class Template:
    template: str
    delimiter: str
    def __init__(self, template: str) -> None: ...
    def substitute(self, mapping: Mapping[str, Any] = ..., /, **kws: Any) -> str: ...
    def safe_substitute(self, mapping: Mapping[str, Any] = ..., /, **kws: Any) -> str: ...
    def get_identifiers(self) -> list[str]: ...
    def is_valid(self) -> bool: ...
