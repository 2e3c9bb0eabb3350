# stubs: files.pyi
files = [e for e in list_dir(workspace) if not e["is_dir"]]
files.sort(key=lambda e: e["size"], reverse=True)
largest = files[0] if files else None
if largest is not None:
    print(largest["path"], largest["size"] // 1024, "KiB")
mb = sum(f["size"] for f in files) / 1_000_000
print(f"{mb:.1f} MB in {len(files)} files")
