# Threads extending the same shared string concurrently: each result must
# hold exactly its own pieces (the buffer that concatenation chains share
# hands each end position to one appender only).
import threading

base = "p" * 400 + "q"  # built by concatenation: every thread extends its buffer
results = {}


def build(tag):
    s = base
    for i in range(300):
        s = s + tag
        if i % 7 == 0:
            s += str(i % 10)
    return s


def worker(tag):
    results[tag] = build(tag)


threads = [threading.Thread(target=worker, args=(t,)) for t in "abcdefgh"]
for t in threads:
    t.start()
for t in threads:
    t.join()
expected = {tag: build(tag) for tag in "abcdefgh"}
print(all(results[t] == expected[t] for t in "abcdefgh"), sorted(len(v) for v in results.values())[:2])
print(base == "p" * 400 + "q", len(base))
