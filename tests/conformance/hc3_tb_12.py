import json
def parse_all(blobs):
    return [json.loads(b) for b in blobs]
parse_all(['{"a": 1}', '[1, 2', '3'])
