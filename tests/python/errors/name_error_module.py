print("start")
result = undefined_variable + 1
