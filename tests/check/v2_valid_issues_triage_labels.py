# stubs: issues.pyi
import asyncio

REPO = "acme/widgets"


def needs_triage(issue) -> bool:
    names = {label["name"] for label in issue["labels"]}
    return not names and not issue["assignees"]


async def triage() -> int:
    pending = [i for i in list_issues(REPO, state="open", per_page=50) if needs_triage(i)]
    for issue in pending:
        await add_labels(REPO, issue["number"], ["needs-triage"])
    return len(pending)


print("labelled", asyncio.run(triage()), "issues")
