import threading, time
def late():
    time.sleep(0.2)
    print("worker prints after main finished")
t = threading.Thread(target=late)
t.start()
print("main is done")
