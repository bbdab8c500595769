class Node:
    def __init__(self, v):
        self.v = v
        self.next = self
    def __repr__(self):
        return f'Node({self.v}, {self.next})'
print(Node(1))
