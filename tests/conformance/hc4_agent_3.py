from collections import Counter
log = """INFO start
WARN disk 80%
ERROR disk full
INFO retry
ERROR timeout
INFO done"""
levels = Counter(line.split()[0] for line in log.splitlines())
errors = [line.partition(" ")[2] for line in log.splitlines() if line.startswith("ERROR")]
print(levels.most_common(), errors)
first_error_line = next(i for i, line in enumerate(log.splitlines(), 1) if "ERROR" in line)
{"levels": dict(levels), "first_error": first_error_line}
