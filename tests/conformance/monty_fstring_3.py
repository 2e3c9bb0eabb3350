# === f-strings with multiline and quotes ===
items = ['a', 'b']
msg = f"""Items:
{chr(10).join(f'- {x}' for x in items)}
Total: {len(items)}"""
assert msg == 'Items:\n- a\n- b\nTotal: 2', repr(msg)
assert f"{'quoted'}" == 'quoted', 'inner quotes'
assert f'{"it\'s"}' == "it's", 'escaped quote in expr 3.12'
assert f'{"\n".join(["x", "y"])}' == 'x\ny', 'backslash in expr'
d = {'key': 'v'}
assert f'{d["key"]}' == 'v', 'dict subscript'
assert f'{d['key']}' == 'v', 'same quotes 3.12'
f'{1:{2}{3}}'
