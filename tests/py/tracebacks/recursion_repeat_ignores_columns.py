class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
def total(n):
    return n.val + total(n.nxt)
print(total(Node(1, Node(2, Node(3, Node(4))))))
