list(zip([1], [2], strict=True)) and list(zip([1, 2], [3], strict=True))
