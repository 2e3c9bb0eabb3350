value = 1 + \
    None
