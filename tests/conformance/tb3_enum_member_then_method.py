from enum import Enum
class Op(Enum):
    ADD = "add"
    def ADD(self):
        return 1
