import json
json.dumps(float("nan"), allow_nan=False)
