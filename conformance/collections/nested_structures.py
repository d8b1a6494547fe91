# Nested lists/dicts/tuples: building, reading, mutating and printing.
inventory = {"fruit": ["apple", "pear"], "veg": [], "counts": {"apple": 3, "pear": 0}}
inventory["veg"].append("kale")
inventory["counts"]["kale"] = 7
inventory["counts"]["pear"] += 2
print(inventory)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
diag = [matrix[i][i] for i in range(len(matrix))]
print(diag, sum([sum(r) for r in matrix]), max([max(r) for r in matrix]))
flat = [x for row in matrix for x in row if x % 2 == 1]
print(flat)
records = [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}, {"name": "cy", "age": 31}]


def by_age_then_name(r):
    return (r["age"], r["name"])


for r in sorted(records, key=by_age_then_name):
    print(r["name"], r["age"])
groups = {}
for r in records:
    key = r["age"]
    if key not in groups:
        groups[key] = []
    groups[key].append(r["name"])
print(groups)
tree = ("root", [("a", []), ("b", [("b1", []), ("b2", [])])])


def walk(node, depth):
    name, children = node
    print("  " * depth + name)
    for child in children:
        walk(child, depth + 1)


walk(tree, 0)
deep = [[[[]]]]
print(deep, len(deep), len(deep[0][0]), deep[0][0][0] == [])
cyc = [1, 2]
cyc.append(cyc)
print(cyc, cyc[2][2][0])
cd = {"self": None}
cd["self"] = cd
print(cd)
