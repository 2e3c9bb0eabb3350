# non-default after default field is rejected
from dataclasses import dataclass

@dataclass
class Ok:
    a: int
    b: int = 1

print(Ok(0))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except Exception as e:
    print(type(e).__name__ + ":", e)
