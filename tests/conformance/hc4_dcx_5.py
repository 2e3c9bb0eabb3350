from dataclasses import dataclass, InitVar, replace
@dataclass
class NoDefault:
    a: int
    token: InitVar[int]
    def __post_init__(self, token):
        self.t = token
replace(NoDefault(1, 2), a=3)
