def cleanup():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")

cleanup()
