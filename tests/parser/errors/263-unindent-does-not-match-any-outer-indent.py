for x in range(10):
    if x:
        continue
      else:
        pass
