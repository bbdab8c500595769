print(f"{x:{y}}" f"{z!q}")
