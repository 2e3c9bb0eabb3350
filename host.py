import json, sys
for line in sys.stdin:
    req = json.loads(line)
    f, args, kw = req["function"], req["args"], req["kwargs"]
    if f == "get_weather":
        ans = {"id": req["id"], "return": {"city": args[0], "temp": 21.5, "unit": kw.get("unit", "C"), "tags": {"$tuple": [1, 2]}}}
    else:
        ans = {"id": req["id"], "raise": {"type": "ValueError", "message": "bad x: %r" % (args,)}}
    print(json.dumps(ans), flush=True)
