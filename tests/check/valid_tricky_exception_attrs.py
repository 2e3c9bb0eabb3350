# stubs: crm.pyi
try:
    await update_deal("D-1", stage="won")
except ValueError as err:
    print(err.args, str(err), err.anything)
except KeyError as err:
    print(repr(err))
