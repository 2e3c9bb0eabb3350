#!/usr/bin/env python3
"""The host side of `make demo`: answers the agent's tool calls over moat's --host protocol
(one JSON line per call on stdin, one answer line on stdout; DESIGN.md)."""
import json
import sys

WEATHER = {"Paris": (18.5, "cloudy"), "Lagos": (31.0, "sunny"), "Lima": (22.4, "fog")}


def list_offices():
    return list(WEATHER)


def get_weather(city):
    temp, sky = WEATHER[city]
    return {"city": city, "temp_c": temp, "sky": sky}


def get_alerts(region):
    if region != "west-africa":
        raise ValueError("unknown region %r" % region)
    return ["heat advisory", "harmattan dust"]


def convert(amount, to="USD"):
    return round(amount * {"EUR": 0.92, "USD": 1.0}[to], 2)


TOOLS = {f.__name__: f for f in (list_offices, get_weather, get_alerts, convert)}

for line in sys.stdin:
    call = json.loads(line)
    try:
        answer = {"return": TOOLS[call["function"]](*call["args"], **call["kwargs"])}
    except Exception as e:
        answer = {"raise": {"type": type(e).__name__, "message": str(e)}}
    answer["id"] = call["id"]
    print(json.dumps(answer), flush=True)
