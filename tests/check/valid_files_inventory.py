# stubs: files.pyi
import json

inventory = {"files": 0, "dirs": 0, "bytes": 0, "largest": None}
for entry in list_dir(workspace):
    if entry["is_dir"]:
        inventory["dirs"] += 1
        continue
    inventory["files"] += 1
    inventory["bytes"] += entry["size"]
    largest = inventory["largest"]
    if largest is None or entry["size"] > largest["size"]:
        inventory["largest"] = entry
write_file(f"{workspace}/inventory.json", json.dumps(inventory, indent=2), overwrite=True)
inventory
