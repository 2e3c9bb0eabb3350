raise ExceptionGroup("batch failed", [ValueError("one"), KeyError("two")])
