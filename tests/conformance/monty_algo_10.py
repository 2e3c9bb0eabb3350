# === inventory report with formatting ===
inventory = [
    {'sku': 'A-1', 'name': 'widget', 'qty': 12, 'price': 2.5},
    {'sku': 'B-22', 'name': 'gadget', 'qty': 0, 'price': 10.0},
    {'sku': 'C-333', 'name': 'doohickey', 'qty': 3, 'price': 7.125},
]
total = sum(i['qty'] * i['price'] for i in inventory)
assert total == 51.375, total
out_of_stock = [i['name'] for i in inventory if not i['qty']]
assert out_of_stock == ['gadget'], out_of_stock
for item in sorted(inventory, key=lambda i: i['qty'] * i['price'], reverse=True):
    print(f"{item['sku']:<6} {item['name']:>10} {item['qty']:3d} x {item['price']:6.2f} = {item['qty'] * item['price']:8.3f}")
print(f'{"TOTAL":>28} = {total:8.3f}')
print('%-6s|%6.1f%%' % ('share', 100 * 30 / total))
f'{total:,.2f}'
