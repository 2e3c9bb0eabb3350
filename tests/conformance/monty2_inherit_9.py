# abstract classmethods/properties and instantiating ABC directly
from abc import ABC, abstractmethod

class Plugin(ABC):
    @property
    @abstractmethod
    def name(self): ...

    @classmethod
    def describe(cls):
        return f"plugin {cls.__name__}"

class Upper(Plugin):
    @property
    def name(self):
        return "upper"

assert Upper().name == "upper"
assert Upper.describe() == "plugin Upper"
assert Plugin.describe() == "plugin Plugin"
print(Upper().name)
Plugin()
