# strings inside typing subscripts become forward references
from typing import Optional, Union, List, Dict, ForwardRef
print(Optional["Node"], Union[int, "str"], List["Foo"], Dict[str, "Node"], List["Foo"] | None)
print(ForwardRef("X"), ForwardRef("X") == ForwardRef("X"), ForwardRef("X") == ForwardRef("Y"), ForwardRef("X").__forward_arg__)
print(Optional["Node"].__args__, hash(ForwardRef("A")) == hash(ForwardRef("A")))
try:
    ForwardRef(3)
except TypeError as e:
    print("TypeError:", e)
ForwardRef("Tree")
