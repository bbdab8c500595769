# an attribute or method lookup is marked up to the name; a multi-line chain from the failing name
class Account:
    def __init__(self, owner):
        self.owner = owner
    def describe(self):
        return self.owner.title() + ' has ' + str(self.balance)
acct = Account('ada')
try:
    acct.describe()
except AttributeError as e:
    print('caught:', e)
result = (acct
          .owner
          .missing_method())
