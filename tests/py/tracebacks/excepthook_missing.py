# without sys.excepthook the report is preceded by "sys.excepthook is missing"
import sys
del sys.excepthook
print(hasattr(sys, '__excepthook__'))
raise ValueError("no hook")
