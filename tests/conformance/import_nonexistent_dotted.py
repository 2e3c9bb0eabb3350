import sys
print(sys.__name__)
try:
    import definitely_not_a_module.sub
except Exception as e:
    print(type(e).__name__ + ":", e)
