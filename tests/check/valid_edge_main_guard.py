# stubs: crm.pyi
async def main() -> None:
    deals = await list_deals()
    print(len(deals))

if __name__ == "__main__":
    await main()
