print("x" "y" z)
