# === uncaught error traceback shape 31 ===
import json
foo = json.dumps
foo(set())
