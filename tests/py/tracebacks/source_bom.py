print("bom")
1/0
