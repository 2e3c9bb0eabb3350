# stubs: tickets.pyi
agent = least_busy_agent()
print(agent.email)  # error: possibly-none
