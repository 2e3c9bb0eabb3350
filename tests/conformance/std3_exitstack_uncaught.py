# an exception from the body of `with ExitStack()` passes through the unwinding callbacks
from contextlib import ExitStack

log = []
with ExitStack() as stack:
    stack.callback(log.append, "closed")
    print("body")
    {}["missing"]
