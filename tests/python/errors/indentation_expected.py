def g():
return 5
