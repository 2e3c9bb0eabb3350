def cleanup():
    raise OSError("cleanup failed")
try:
    raise ValueError("work failed")
finally:
    cleanup()
