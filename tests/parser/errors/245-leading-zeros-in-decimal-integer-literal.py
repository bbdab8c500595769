sys.setswitchinterval(001)
