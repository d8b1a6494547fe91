"""json_roundtrip: json.dumps and json.loads of nested records (ints,
floats, strs with escapes, lists, bools, None), with and without indent.
Usage: json_roundtrip.py [records] [rounds]   (default 4000 8)
"""
import json
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    data = [{"id": i, "name": "item \"%d\"\n" % i, "tags": ["a", "b", str(i % 10)],
             "price": i * 1.25, "ok": i % 2 == 0, "parent": None,
             "dims": {"w": i % 7, "h": i % 11}} for i in range(n)]
    total = 0
    for r in range(rounds):
        text = json.dumps(data, indent=2 if r % 4 == 0 else None, sort_keys=r % 2 == 1)
        back = json.loads(text)
        total += len(text) + back[r]["dims"]["w"]
    print("chars=%d same=%s" % (total, back == data))


main()
