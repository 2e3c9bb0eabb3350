// Time of `moat_check` on a generated 1000-line agent script against a host stub, through the
// public C API (stubs loaded once, as a host would). Prints microseconds of CPU time per check
// (CPU time, so that other processes on a busy machine do not count).
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "moat.h"

static const char stub[] =
    "from typing import TypedDict, Optional\n"
    "class Deal(TypedDict):\n"
    "    id: str\n"
    "    name: str\n"
    "    amount: float\n"
    "    stage: str\n"
    "    owner: Optional[str]\n"
    "async def list_deals(stage: str | None = None, *, limit: int = 100) -> list[Deal]: ...\n"
    "async def get_deal(deal_id: str) -> Deal | None: ...\n"
    "def send_email(to: str, subject: str, body: str) -> bool: ...\n"
    "region: str\n";

// One 25-line block of agent code; %d makes its names unique.
static const char block[] =
    "async def review_%d(stage: str) -> float:\n"
    "    deals = await list_deals(stage, limit=50)\n"
    "    total = 0.0\n"
    "    by_owner: dict[str, list[str]] = {}\n"
    "    for deal in deals:\n"
    "        if deal[\"amount\"] <= 0:\n"
    "            continue\n"
    "        total += deal[\"amount\"]\n"
    "        owner = deal[\"owner\"] or \"unassigned\"\n"
    "        by_owner.setdefault(owner, []).append(deal[\"name\"])\n"
    "    best = max(deals, key=lambda d: d[\"amount\"]) if deals else None\n"
    "    if best is not None:\n"
    "        print(f\"{best['name']}: {best['amount']:.2f}\")\n"
    "    for owner, names in sorted(by_owner.items()):\n"
    "        if owner != \"unassigned\":\n"
    "            send_email(owner, \"Review %d\", \", \".join(names))\n"
    "    one = await get_deal(\"D-%d\")\n"
    "    if one is None:\n"
    "        return total\n"
    "    return total + one[\"amount\"]\n"
    "\n"
    "result_%d = await review_%d(region)\n"
    "summary_%d = [round(result_%d, 2), len(str(result_%d))]\n"
    "print(summary_%d)\n"
    "\n";

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(void) {
    static char src[200000];
    size_t len = 0;
    for (int k = 0; k < 40; k++) {
        len += (size_t)snprintf(src + len, sizeof src - len, block, k, k, k, k, k, k, k, k, k);
    }
    int lines = 0;
    for (size_t k = 0; k < len; k++) lines += src[k] == '\n';
    MoatStubs *stubs;
    MoatProgram *p;
    if (moat_stubs_new(&stubs) != MOAT_OK) return 1;
    if (moat_stubs_add(stubs, stub, strlen(stub), "crm.pyi", NULL) != MOAT_OK) return 1;
    double t0 = now();
    if (moat_compile(src, len, "agent.py", &p) != MOAT_OK) return 1;
    double compiled = now() - t0;
    int n = 200;
    size_t diags = 0;
    t0 = now();
    for (int k = 0; k < n; k++) {
        MoatCheck *c;
        if (moat_check(p, stubs, &c) != MOAT_OK) return 1;
        diags = 0;  // the checker's own: the interpreter's 'unsupported' ones are not counted
        for (size_t i = 0; i < moat_check_diagnostic_count(c); i++) {
            diags += strcmp(moat_check_diagnostic(c, i)->code, "unsupported") != 0;
        }
        moat_check_free(c);
    }
    double per = (now() - t0) / n * 1e6;
    printf("check of a %d-line script: %.0f us (compile %.0f us; %zu checker diagnostics)\n",
           lines, per, compiled * 1e6, diags);
    moat_program_free(p);
    moat_stubs_free(stubs);
    return 0;
}
