# extract_tb: a FrameSummary for each frame, outermost first
import traceback


def parse(text):
    return {"n": int(text)}


def handle(texts):
    return [parse(t) for t in texts]


try:
    handle(["1", "x"])
except ValueError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print(len(frames), frames)
    for f in frames:
        print(f.filename, f.lineno, f.name, repr(f.line), f.end_lineno, f.colno, f.end_colno, f.locals)
    last = frames[-1]
    filename, lineno, name, line = last
    print(filename, lineno, name, line, len(last), last[0], last[-1], last[1:3], list(last))
    print(last == (filename, lineno, name, line), last != tuple(last), last == frames[-1], last == 3)
    print(frames[0] == frames[-1], traceback.extract_tb(e.__traceback__, limit=1))
    print(traceback.extract_tb(e.__traceback__, -1)[0].name, traceback.extract_tb(None))
    print(f"error in {last.name} at line {last.lineno}: {last.line}")
    try:
        hash(last)
    except TypeError as t:
        print(t)
