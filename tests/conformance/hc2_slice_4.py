# slicing strings for parsing
line = "2024-03-15T10:20:30Z"
date, time = line[:10], line[11:-1]
y, m, d = (int(x) for x in date.split("-"))
print(y, m, d, time.split(":"), line[-1], line[4::3])
print(line[:4] + line[5:7] + line[8:10], line[::-1][:3])
print(int(line[11:13]) * 3600 + int(line[14:16]) * 60 + int(line[17:19]))
int(line[10:12])
