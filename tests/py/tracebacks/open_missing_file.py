print("start")
with open("/tmp/definitely/missing/file.txt") as f:
    print(f.read())
