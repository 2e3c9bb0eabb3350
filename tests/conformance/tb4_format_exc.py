# format_exc() inside except: the text CPython prints for an uncaught exception, markers and all
import traceback


def parse(rows):
    return [int(r["value"]) * 2 for r in rows]


def load(data):
    return parse(data["rows"])


def run(data):
    try:
        return load(data)
    except (KeyError, ValueError):
        return traceback.format_exc()


print(run({"rows": [{"value": "3"}, {"value": "x"}]}))
print(run({"rows": [{"v": 1}]}))
print(run({}))
print(run({"rows": [{"value": "4"}]}))


def ratio(a, b):
    return a / b + (a
                    // b)


try:
    ratio(1, 0)
except ZeroDivisionError:
    text = traceback.format_exc()
print(text, end="")
print(repr(traceback.format_exc()))


class Service:
    def call(self, items):
        return items[len(items)] + self.missing


try:
    Service().call([1, 2])
except IndexError:
    print(traceback.format_exc(limit=1), end="")
    print(traceback.format_exc(limit=-1), end="")
    print(traceback.format_exc(limit=0), end="")
try:
    Service().call({0: 1, 1: 2, 2: 3})
except AttributeError:
    print(traceback.format_exc(), end="")
