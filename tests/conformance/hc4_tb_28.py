result = {"status": "ok", "items": [{"id": 1, "tags": ["a"]}, {"id": 2}]}
all_tags = [tag for item in result["items"] for tag in item["tags"]]
