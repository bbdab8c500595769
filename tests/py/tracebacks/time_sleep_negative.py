import threading, time
print("sleeping")
time.sleep(-1)
