# === module-level dunder names ===
"""Module docstring for this script."""
print(__name__)
print(__doc__)
if __name__ == '__main__':
    print('running as main')
__doc__.split()[0]
