lines = ["id,name,amount", "1,Widget,9.99", "2,\"Gadget, large\",19.5", "3,Thing,"]
def split_csv(line):
    out, cur, quoted = [], "", False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return out
header = split_csv(lines[0])
rows = [dict(zip(header, split_csv(l))) for l in lines[1:]]
print(rows)
print(sum(float(r["amount"] or 0) for r in rows))
