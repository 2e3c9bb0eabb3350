# run: --max-memory 32M
import json
x = json.dumps([[1.5] * 1000] * 100000)
# expect: limit memory
