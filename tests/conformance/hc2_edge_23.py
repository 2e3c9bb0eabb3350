# match on dataclass with positional patterns and guards using walrus
from dataclasses import dataclass
@dataclass
class Msg:
    kind: str
    payload: dict
def handle(m):
    match m:
        case Msg("user", {"id": int(uid), **rest}) if (n := len(rest)) > 0:
            return f"user {uid} with {n} extra"
        case Msg("user", {"id": uid}):
            return f"user {uid}"
        case Msg(kind, payload) if not payload:
            return f"empty {kind}"
        case Msg(kind=k):
            return f"other {k}"
[handle(m) for m in (Msg("user", {"id": 1, "x": 2}), Msg("user", {"id": "7"}), Msg("ping", {}), Msg("log", {"a": 1}))]
