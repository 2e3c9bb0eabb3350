result = {"items": [1, 2, 3]}
count = result["items"].length
