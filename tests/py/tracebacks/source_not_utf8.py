print("never runs")
x = 1
# cafÃ© is fine
s = "ÿ"
