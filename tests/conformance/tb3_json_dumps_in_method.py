import json
from dataclasses import dataclass
@dataclass
class Order:
    id: int
    when: object
    def to_json(self):
        return json.dumps({"id": self.id, "when": self.when}, indent=2)
print(Order(1, "x").to_json())
Order(2, object()).to_json()
