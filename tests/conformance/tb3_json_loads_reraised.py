import json
def load(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        print("bad:", e.msg, e.pos)
        raise
load('{"a": 1,}')
