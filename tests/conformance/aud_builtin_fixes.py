# chr of ints past int64, ord of bytes, issubclass's arg 2 message, sum of bytes
def t(label, f):
    try:
        print(label, '->', repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, '!!', type(e).__name__, e)

t('chr big', lambda: chr(2**70))
t('chr neg big', lambda: chr(-2**70))
t('chr max', lambda: chr(0x10FFFF) == '\U0010ffff')
t('chr past', lambda: chr(0x110000))
t('chr bool', lambda: chr(True))
t('ord bytes', lambda: ord(b'a'))
t('ord bytearray', lambda: ord(bytearray(b'\xff')))
t('ord bytes 2', lambda: ord(b'ab'))
t('ord bytes 0', lambda: ord(b''))
t('ord bytearray 3', lambda: ord(bytearray(b'abc')))
t('ord str 2', lambda: ord('ab'))
t('ord int', lambda: ord(5))
t('issubclass arg2', lambda: issubclass(int, 1))
t('issubclass arg2 tuple', lambda: issubclass(int, (str, 1)))
t('isinstance arg2', lambda: isinstance(1, 1))
t('issubclass arg1', lambda: issubclass(1, int))
t('sum bytes', lambda: sum([b'a'], b''))
t('sum bytearray', lambda: sum([b'a'], bytearray()))
t('sum str', lambda: sum(['a'], ''))
t('sum start bytes kw', lambda: sum([], start=b'x'))
t('sum lists', lambda: sum([[1], [2]], []))
