# run:
g = (x for x in [1])
g.gi_frame
# expect: AttributeError
