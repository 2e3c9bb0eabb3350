def selfish():
    yield next(me)
me = selfish()
print(type(me).__name__)
try:
    next(me)
except Exception as e:
    print(type(e).__name__ + ":", e)
