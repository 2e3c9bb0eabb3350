# implicit chaining: exception during handling
def risky():
    try:
        return {}["a"]
    except KeyError:
        return undefined_name

try:
    risky()
except NameError as e:
    assert isinstance(e.__context__, KeyError)
    assert e.__cause__ is None
    print("context:", repr(e.__context__))
risky()
