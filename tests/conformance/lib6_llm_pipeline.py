import copy
import heapq
from collections import ChainMap, namedtuple
from dataclasses import dataclass, field
from functools import singledispatch
from collections.abc import Mapping, Sequence

defaults = {"retries": 3, "timeout": 10, "tags": ["base"]}
env = {"timeout": 30}
cli = {}
config = ChainMap(cli, env, defaults)
print(config["timeout"], config.get("missing", "n/a"), len(config), sorted(config.keys()))
print(list(config.items()))
snapshot = copy.deepcopy(dict(config))
config.maps[2]["tags"].append("changed")
print(snapshot["tags"], defaults["tags"])
local = config.new_child({"retries": 0})
print(local["retries"], config["retries"], "retries" in local.keys(), local.parents is not None)

Event = namedtuple("Event", "time name")
stream_a = [Event(1, "a1"), Event(5, "a5")]
stream_b = [Event(2, "b2"), Event(3, "b3"), Event(9, "b9")]
merged = heapq.merge(stream_a, stream_b)
first = next(merged)
print(first, first.time, list(merged)[-1])
latest_first = list(heapq.merge(reversed(stream_a), reversed(stream_b), key=lambda e: e.time, reverse=True))
print([e.name for e in latest_first])

@dataclass
class Task:
    name: str
    deps: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)

base = Task("build", ["fetch"], {"owner": "ci"})
variant = copy.copy(base)
variant.deps.append("lint")
deep = copy.deepcopy(base)
deep.meta["owner"] = "me"
print(base, variant.deps is base.deps, deep.meta, base.meta)

class TaskError(Exception):
    def __init__(self, task, reason):
        super().__init__(f"{task}: {reason}")
        self.task = task
        self.reason = reason
err = TaskError("build", "timeout")
try:
    copy.copy(err)
except TypeError as e:
    print("TypeError:", e)

@singledispatch
def summarize(obj):
    return type(obj).__name__
@summarize.register
def _(obj: Mapping):
    return "{" + ", ".join(f"{k}: {summarize(v)}" for k, v in obj.items()) + "}"
@summarize.register
def _(obj: Sequence):
    return "[" + ", ".join(summarize(x) for x in obj) + "]"
@summarize.register
def _(obj: str):
    return repr(obj)
print(summarize({"cfg": config, "events": stream_a, "n": 3, "name": "x"}))
