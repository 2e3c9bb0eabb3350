# stubs: files.pyi
import json
cfg = read_json("cfg.json")
text = json.dumps(cfg, indent=2, sort_keys=True)
again = json.loads(text)
print(again == cfg, text.count("\n"))
