import re
log = """127.0.0.1 - - [10/Oct/2000:13:55:36] "GET /index.html HTTP/1.0" 200 2326
10.0.0.2 - - [10/Oct/2000:13:56:01] "POST /api/login HTTP/1.1" 401 12
10.0.0.2 - - [10/Oct/2000:13:57:12] "GET /img/logo.png HTTP/1.1" 404 0"""
rx = re.compile(r'^(\S+) .*?\[(.*?)\] "(\w+) (\S+) [^"]*" (\d{3}) (\d+)$', re.M)
rows = rx.findall(log)
for r in rows:
    print(r)
print(sum(int(r[5]) for r in rows), [r[3] for r in rows if r[4].startswith("4")])
