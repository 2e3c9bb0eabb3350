# recursion depth in traceback output with repeated frames
def walk(node):
    if node is None:
        raise ValueError("reached the end")
    return walk(node.get("next"))
chain = {"next": {"next": {"next": None}}}
walk(chain)
