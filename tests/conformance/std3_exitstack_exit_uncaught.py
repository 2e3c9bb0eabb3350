# an __exit__ that raises over the body's exception: the chained traceback
from contextlib import ExitStack


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise KeyError("exit")


with ExitStack() as stack:
    stack.enter_context(Resource())
    raise ValueError("body")
