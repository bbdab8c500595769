import sys
print("start")
sys.exit(True)
