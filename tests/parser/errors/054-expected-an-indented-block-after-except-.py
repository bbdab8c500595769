try:
  x
except:
pass
