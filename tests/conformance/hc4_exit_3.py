errors = ["bad config"]
if errors:
    exit(f"fatal: {errors[0]}")
