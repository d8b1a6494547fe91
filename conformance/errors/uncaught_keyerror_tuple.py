# KeyError with a tuple key: the message is the repr of the key.

grid = {(0, 0): "origin", (1, 0): "east"}
for pos in [(0, 0), (1, 0)]:
    print(pos, grid[pos])
print(grid[(2, "north")])
