# Literal keeps values it cannot hash, without deduplicating them
from typing import Literal
print(Literal[[1], 2])
print(Literal[{}, {}])
print(Literal[1, True, 1.0, 1])
