None + 1
