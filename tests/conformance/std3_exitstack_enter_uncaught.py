# enter_context on something that is no context manager
from contextlib import ExitStack

with ExitStack() as stack:
    stack.enter_context(42)
