print("not printed")
value = 3
result = await value
