# leading
x = 1  # trailing

   # indented comment
if x:  # c
    # inside
    y = 2
        # deeper comment
    z = 3
# end
