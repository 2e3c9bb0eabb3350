# stubs: tickets.pyi
for agent in list_agents():
    if agent.can_handle("high"):  # error: unknown-attribute
        print(agent.name)
