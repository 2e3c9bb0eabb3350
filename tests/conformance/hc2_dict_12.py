# counting and grouping without collections
log = ["GET /a 200", "POST /b 500", "GET /a 404", "GET /c 200", "POST /b 200"]
by_status = {}
by_path = {}
for line in log:
    method, path, status = line.split()
    by_status[status] = by_status.get(status, 0) + 1
    by_path.setdefault(path, set()).add(method)
print(dict(sorted(by_status.items())))
print({p: sorted(m) for p, m in by_path.items()})
errors = [l for l in log if int(l.rsplit(" ", 1)[1]) >= 400]
errors
