"""bfs_deque: breadth-first search over a grid maze with collections.deque,
tuples as coordinates and a set of visited cells.
Usage: bfs_deque.py [size]   (default 300)
"""
import sys
from collections import deque


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    wall = [[(x * 7 + y * 13) % 11 == 0 and x % 5 != 0 for x in range(n)] for y in range(n)]
    seen = {(0, 0)}
    q = deque([(0, 0, 0)])
    far = 0
    while q:
        x, y, d = q.popleft()
        if d > far:
            far = d
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < n and 0 <= ny < n and not wall[ny][nx] and (nx, ny) not in seen:
                seen.add((nx, ny))
                q.append((nx, ny, d + 1))
    print("reached=%d farthest=%d" % (len(seen), far))


main()
