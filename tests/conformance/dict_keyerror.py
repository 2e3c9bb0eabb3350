d = {'present': 1}
print(d['present'])
d['missing']
