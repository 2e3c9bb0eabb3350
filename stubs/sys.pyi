# moat's sys module: what a sandboxed script may read about its interpreter.
from typing import Any

version: str
version_info: tuple[int, int, int]
platform: str
maxsize: int
argv: list[str]
stdout: Any  # .write(str) and .flush(), to the script's output
stderr: Any

def exit(status: Any = ..., /) -> None: ...
def getrecursionlimit() -> int: ...
def exception() -> BaseException | None: ...
def exc_info() -> tuple[type[BaseException] | None, BaseException | None, Any]: ...
def setrecursionlimit(limit: int, /) -> None: ...
def get_int_max_str_digits() -> int: ...
maxunicode: int
byteorder: str
float_info: Any
int_info: Any
