nested = {"x": [1, {"y": (2, 3)}], "z": None, "w": {"k": True, "f": 1.5}}
nested
