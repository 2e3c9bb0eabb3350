# stubs: tickets.pyi
agents = list_agents()
busy = [a for a in agents if a.open_tickets > 5]
names = ", ".join(a.name for a in busy)
print(names or "nobody is busy")
for a in agents:
    if a.can_take("urgent"):
        print(a.email)
