from enum import Enum, StrEnum
class Mode(str, Enum):
    READ = "r"
    WRITE = "w"
print(Mode.READ == "r", Mode("w"), Mode.READ.value, f"{Mode.WRITE.value}")
class Fruit(StrEnum):
    APPLE = "apple"
    PEAR = "pear"
print(Fruit.APPLE, Fruit.APPLE.upper(), f"{Fruit.PEAR}", Fruit("pear") is Fruit.PEAR, str(Fruit.APPLE))
print(sorted(Fruit), [f.value for f in Fruit])
Fruit.APPLE + "s"
