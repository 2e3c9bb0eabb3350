# === wide exception group is truncated ===
errors = [ValueError(f'bad {i}') for i in range(18)]
raise ExceptionGroup('many errors', errors)
