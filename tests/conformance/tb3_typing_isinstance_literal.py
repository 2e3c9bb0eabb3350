from typing import Literal
isinstance(1, Literal[1])
