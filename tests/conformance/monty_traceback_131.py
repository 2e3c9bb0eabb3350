# === uncaught error traceback shape 131 ===
import json
json.loads('{bad json}')
