import json

raise json.JSONDecodeError("Expecting value", "[1, 2", 5)
