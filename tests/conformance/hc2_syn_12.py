# an unclosed dict across lines: the bracket is never closed
config = {"host": "x",
          "port": 80
print(config)
