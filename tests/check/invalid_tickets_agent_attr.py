# stubs: tickets.pyi
for agent in list_agents():
    print(agent.name, agent.mail)  # error: unknown-attribute
