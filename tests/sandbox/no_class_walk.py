# run:
(1).__class__.__bases__[0].__subclasses__()
# expect: AttributeError
