try:
    raise Exception("generic", 42)
except Exception as e:
    print(e.args, str(e))
raise Exception("several", "args", 3)
