c.cl{ear()
print(1)
