# Classes building linked data structures: a linked list and a binary search tree.


class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v

    def to_list(self):
        out = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev


class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        elif key > self.key:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)

    def inorder(self, acc):
        if self.left is not None:
            self.left.inorder(acc)
        acc.append(self.key)
        if self.right is not None:
            self.right.inorder(acc)
        return acc

    def height(self):
        lh = 0
        rh = 0
        if self.left is not None:
            lh = self.left.height()
        if self.right is not None:
            rh = self.right.height()
        return 1 + max(lh, rh)


ll = LinkedList()
for i in range(5):
    ll.push(i * i)
print(ll.to_list(), ll.size)
ll.reverse()
print(ll.to_list(), ll.pop(), ll.pop(), ll.size)
while ll.size:
    ll.pop()
try:
    ll.pop()
except IndexError as e:
    print("IndexError", e)
t = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 30, 65, 10]:
    t.insert(k)
print(t.inorder([]), t.height(), t.left.right.key, t.right.left.right.key)
