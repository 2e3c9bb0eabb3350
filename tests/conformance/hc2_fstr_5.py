# nested format specs and dynamic width
for w in (4, 8):
    for p in (1, 3):
        print(f"[{3.14159:{w}.{p}f}]", f"[{'ab':>{w}}]", f"[{42:0{w}d}]")
fill, align = "*", "^"
print(f"{'mid':{fill}{align}{9}}")
width = 6
f"{'x':{'<'}{width}}|"
