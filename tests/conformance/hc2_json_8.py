# json loads with unicode escapes and surrogate pairs
import json
print(json.loads('"\\ud83d\\ude00"'), json.loads('"\\t\\/\\\\"'), json.loads('"caf\\u00e9"'))
print(json.dumps(json.loads('"\\ud83d\\ude00"')), len(json.loads('"\\ud83d\\ude00"')))
print(json.loads('{"nested": {"deep": [[[1]]]}}')["nested"]["deep"][0][0][0])
json.loads('"\\x41"')
