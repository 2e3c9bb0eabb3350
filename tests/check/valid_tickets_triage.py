# stubs: tickets.pyi
tickets = await search_tickets("new", limit=100)
agents = sorted(list_agents(), key=lambda a: a.open_tickets)
for t in tickets:
    urgent = "outage" in t["subject"].lower() or "urgent" in t["tags"]
    priority = "urgent" if urgent else t["priority"]
    agent = least_busy_agent()
    if agent is None or not agent.can_take(priority):
        await add_comment(t["id"], "Queued: no agent free", public=False)
        continue
    await update_ticket(t["id"], status="open", priority=priority, assignee=agent.email)
    print(f"#{t['id']} -> {agent.name} ({priority})")
print(len(agents), "agents")
