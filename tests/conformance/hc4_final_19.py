x = 1
{"a": 1}.items()
