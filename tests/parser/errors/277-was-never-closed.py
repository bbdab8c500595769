xx.cl{ear()
print(1)
