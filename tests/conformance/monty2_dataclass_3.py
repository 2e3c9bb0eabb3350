# mutable default is rejected
from dataclasses import dataclass

print("defining")
try:
    @dataclass
    class Bad:
        items: list = []
except Exception as e:
    print(type(e).__name__ + ":", e)
